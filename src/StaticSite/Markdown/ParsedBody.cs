using StaticSite.Diagnostics;

namespace StaticSite.Markdown;

/// <summary>A transcript body after parsing: its items in reading order.</summary>
public sealed record ParsedBody(IReadOnlyList<BodyItem> Items);

/// <summary>One top-level piece of a transcript body.</summary>
public abstract record BodyItem(SourceLocation Location);

/// <summary>Editor's prose outside any turn: the introduction, or text after a thematic break.</summary>
public sealed record EditorialItem(string Html, SourceLocation Location) : BodyItem(Location);

/// <summary>A heading (<c>##</c> and deeper) that starts a section; feeds the table of contents.</summary>
public sealed record HeadingItem(int Level, string Text, string Html, string Anchor, SourceLocation Location) : BodyItem(Location);

/// <summary>A thematic break (<c>---</c>): ends the current turn.</summary>
public sealed record BreakItem(SourceLocation Location) : BodyItem(Location);

/// <summary>A reference to an id written in the text, with where it was written.</summary>
public sealed record IdReference(string Id, SourceLocation Location);

/// <summary>An editor's footnote rendered as a margin note beside the turn.</summary>
public sealed record MarginNote(string Label, string Number, string Anchor, string Html);

/// <summary>
/// One turn: a paragraph starting with <c>@speaker #topic:</c> and the blocks after it up to the
/// next label, heading or thematic break.
/// </summary>
/// <param name="Speaker">The speaker id as written in the label.</param>
/// <param name="Topics">Topic ids as written in the label (not yet checked against topics.yml).</param>
/// <param name="Anchor">The turn's permanent anchor (explicit <c>{#id}</c> or derived; unique in the transcript).</param>
/// <param name="Html">The turn's content without the label, glossary links and insertions applied.</param>
/// <param name="Text">Plain text of the turn (no markup, no note markers), for excerpts and search.</param>
/// <param name="Notes">Margin notes referenced from this turn, in order of reference.</param>
/// <param name="Highlights">Plain text of each <c>==highlight==</c>, in order.</param>
/// <param name="TermIds">Glossary term ids linked from this turn (automatic or explicit), in first-occurrence order, distinct.</param>
public sealed record TurnItem(
    IdReference Speaker,
    IReadOnlyList<IdReference> Topics,
    string Anchor,
    string Html,
    string Text,
    IReadOnlyList<MarginNote> Notes,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<string> TermIds,
    SourceLocation Location) : BodyItem(Location);

using System.Text;
using StaticSite.Diagnostics;

namespace StaticSite.Markdown;

/// <summary>A transcript body after parsing: its items in reading order.</summary>
public sealed record ParsedBody(IReadOnlyList<BodyItem> Items);

/// <summary>One top-level piece of a transcript body.</summary>
public abstract record BodyItem(SourceLocation Location);

/// <summary>Editor's prose outside any turn: the introduction, or text after a thematic break, with the margin notes it references (placed by the theme's _notes.liquid).</summary>
public sealed record EditorialItem(string Html, IReadOnlyList<MarginNote> Notes, SourceLocation Location) : BodyItem(Location);

/// <summary>A heading (<c>##</c> and deeper) that starts a section; feeds the table of contents.</summary>
public sealed record HeadingItem(int Level, string Text, string Html, string Anchor, SourceLocation Location) : BodyItem(Location);

/// <summary>A thematic break (<c>---</c>): ends the current turn.</summary>
public sealed record BreakItem(SourceLocation Location) : BodyItem(Location);

/// <summary>A reference to an id written in the text, with where it was written. A value: every turn keeps one or more to the end of the build.</summary>
public readonly record struct IdReference(string Id, SourceLocation Location);

/// <summary>An editor's footnote rendered as a margin note beside the turn.</summary>
public sealed record MarginNote(string Label, string Number, string Anchor, string Html);

/// <summary>
/// One turn: a paragraph starting with <c>@speaker #topic:</c> and the blocks after it up to the
/// next label, heading or thematic break.
/// </summary>
/// <remarks>
/// Every turn of every transcript stays in memory from parsing to writing, so its HTML and text
/// are kept as UTF-8 (half the bytes of .NET strings) and decoded when a page asks for them.
/// </remarks>
public sealed record TurnItem : BodyItem
{
    private readonly TurnBytes _bytes;
    private readonly Range _html;
    private readonly Range _text;
    private readonly TextExcerpt _excerpt;

    /// <param name="speaker">The speaker id as written in the label.</param>
    /// <param name="topics">Topic ids as written in the label (not yet checked against topics.yml).</param>
    /// <param name="anchor">The turn's permanent anchor (explicit <c>{#id}</c> or derived; unique in the transcript).</param>
    /// <param name="bytes">The transcript's UTF-8, where the turn's HTML and text are (the parser writes them so: no string of them is ever built).</param>
    /// <param name="html">Where the turn's content is in <paramref name="bytes"/>: without the label, glossary links and insertions applied.</param>
    /// <param name="text">Where the turn's plain text is in <paramref name="bytes"/> (no markup, no note markers), for excerpts and search.</param>
    /// <param name="notes">Margin notes referenced from this turn, in order of reference.</param>
    /// <param name="highlights">Plain text of each <c>==highlight==</c>, in order.</param>
    /// <param name="termIds">Glossary term ids linked from this turn (automatic or explicit), in first-occurrence order, distinct.</param>
    /// <param name="location">Where the turn's label is.</param>
    internal TurnItem(IdReference speaker, IReadOnlyList<IdReference> topics, string anchor, TurnBytes bytes, Range html, Range text,
        IReadOnlyList<MarginNote> notes, IReadOnlyList<string> highlights, IReadOnlyList<string> termIds, SourceLocation location)
        : base(location)
    {
        Speaker = speaker;
        Topics = Compact(topics);
        Anchor = anchor;
        _bytes = bytes;
        _html = html;
        _text = text;
        _excerpt = TextExcerpt.Of(bytes.Span(text));
        Notes = Compact(notes);
        Highlights = Compact(highlights);
        TermIds = Compact(termIds);
    }

    // Kept for the whole build: an exact array, and the shared empty one for the many turns without notes, highlights or terms.
    private static T[] Compact<T>(IReadOnlyList<T> items) => items.Count == 0 ? [] : items as T[] ?? [.. items];

    public IdReference Speaker { get; }

    public IReadOnlyList<IdReference> Topics { get; }

    public string Anchor { get; }

    public string Html => Encoding.UTF8.GetString(_bytes.Span(_html));

    /// <summary>The HTML as UTF-8, as it is kept: pages write it without decoding it to a string.</summary>
    public ReadOnlyMemory<byte> HtmlUtf8 => _bytes.Memory(_html);

    public string Text => Encoding.UTF8.GetString(_bytes.Span(_text));

    /// <summary>The plain text as UTF-8, for excerpts and word counts without decoding the whole turn.</summary>
    public ReadOnlySpan<byte> TextUtf8 => _bytes.Span(_text);

    /// <summary>The excerpt of the plain text (<see cref="TextExcerpt"/>) as UTF-8, for views that keep it until their page is written.</summary>
    public ReadOnlyMemory<byte> ExcerptUtf8 => _bytes.Memory(_text).Slice(_excerpt.Start, _excerpt.Length);

    /// <summary>Whether the excerpt stops before the end of the text (and is shown with an ellipsis).</summary>
    public bool IsExcerptCut => _excerpt.IsCut;

    /// <summary>Whether the turn is short enough to show whole where others show an excerpt (<see cref="TextExcerpt"/>).</summary>
    public bool IsShort => _excerpt.IsShort;

    public IReadOnlyList<MarginNote> Notes { get; }

    public IReadOnlyList<string> Highlights { get; }

    public IReadOnlyList<string> TermIds { get; }

    /// <summary>When the turn starts in the transcript's recording, from its label; null for an untimed turn.</summary>
    public TurnTime? Time { get; init; }
}

/// <summary>A turn's start in the recording, in whole seconds, and where its label says so.</summary>
public sealed record TurnTime(int Seconds, SourceLocation Location);

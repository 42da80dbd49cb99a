using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.Notes;

/// <summary>A footnote reference in a transcript, shown as the number of its margin note.</summary>
internal sealed class NoteReferenceInline : LeafInline, IFeatureInline
{
    public bool IsGlossaryLinked => false;

    /// <summary>A note number is not part of the words: it would end up in excerpts and anchors.</summary>
    public void AppendPlainText(CollapsedText text)
    {
    }

    public required int Number { get; init; }

    /// <summary>The note's anchor (<c>note-…</c>), target of the reference's link.</summary>
    public required string Anchor { get; init; }

    /// <summary>The reference's own id (<c>ref-…</c>) on its first occurrence only, so ids stay unique.</summary>
    public string? Id { get; init; }
}

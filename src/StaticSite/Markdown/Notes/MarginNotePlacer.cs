using System.Globalization;

namespace StaticSite.Markdown.Notes;

/// <summary>Gives each part of one transcript the margin notes it references, in order of reference, rendered.</summary>
internal sealed class MarginNotePlacer(IEnumerable<NoteDraft> notes, FragmentRenderer renderer) : ITranscriptPartWork
{
    // By anchor, so that each note reference finds its note without a search through all notes.
    private readonly Dictionary<string, NoteDraft> _byAnchor = notes.ToDictionary(n => n.Anchor, StringComparer.Ordinal);

    public void Apply(TranscriptPart part) =>
        part.Notes = [.. InlineWalk.OfType<NoteReferenceInline>(part.Blocks).Select(r => _byAnchor[r.Anchor]).Distinct()
            .Select(n => new MarginNote(n.Label, n.Number.ToString(CultureInfo.InvariantCulture), n.Anchor, renderer.Content(n.Footnote)))];
}

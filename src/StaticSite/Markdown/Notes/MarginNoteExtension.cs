using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StaticSite.Markdown.Notes;

/// <summary>
/// Editors' annotations: Markdig's footnotes (added by UseMarginNotes), parsed as usual. Free pages render them as Markdig does;
/// transcripts replace the references with <see cref="NoteReferenceInline"/> (see <see cref="NoteCollector"/>)
/// and hand each part's notes (<see cref="MarginNotePlacer"/>) to the template to place in the margin.
/// </summary>
internal sealed class MarginNoteExtension : IMarkdownExtension, ITranscriptFeature
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlNoteReferenceRenderer>();
        }
    }

    public ITranscriptPartWork? Begin(MarkdownDocument document, TranscriptSession session)
    {
        var notes = NoteCollector.Apply(document, session.Map, session.Anchors, session.Diagnostics);
        return notes.Count == 0 ? null : new MarginNotePlacer(notes.Values, session.Renderer);
    }
}

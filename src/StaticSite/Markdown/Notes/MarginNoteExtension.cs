using Markdig;
using Markdig.Renderers;

namespace StaticSite.Markdown.Notes;

/// <summary>
/// Editors' annotations: Markdig's footnotes (added by UseMarginNotes), parsed as usual. Free pages render them as Markdig does;
/// transcripts replace the references with <see cref="NoteReferenceInline"/> (see <see cref="NoteCollector"/>)
/// and hand the notes to the template to place in the margin.
/// </summary>
internal sealed class MarginNoteExtension : IMarkdownExtension
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
}

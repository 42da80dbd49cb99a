using Markdig;
using Markdig.Renderers;

namespace StaticSite.Markdown.Highlights;

/// <summary>Highlights: Markdig parses <c>==text==</c> as "marked" emphasis (added by UseHighlights); we render it with our class.</summary>
internal sealed class HighlightExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlHighlightRenderer>();
        }
    }
}

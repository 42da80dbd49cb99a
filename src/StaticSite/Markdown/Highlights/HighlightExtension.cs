using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StaticSite.Markdown.Highlights;

/// <summary>Highlights: Markdig parses <c>==text==</c> as "marked" emphasis (added by UseHighlights); we render it with our class.</summary>
internal sealed class HighlightExtension : IMarkdownExtension, IDocumentRewriter
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

    public void Rewrite(MarkdownDocument document, in RewriteContext context)
    {
        if (context.Text.Contains("==", StringComparison.Ordinal))
        {
            HighlightRewriter.Apply(document);
        }
    }
}

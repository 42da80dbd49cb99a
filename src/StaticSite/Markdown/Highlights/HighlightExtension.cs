using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StaticSite.Markdown.Highlights;

/// <summary>Highlights: Markdig parses <c>==text==</c> as "marked" emphasis (added by UseHighlights); we render it with our class and list each turn's highlights.</summary>
internal sealed class HighlightExtension : IMarkdownExtension, IDocumentRewriter, ITranscriptFeature, ITranscriptPartWork
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

    public ITranscriptPartWork? Begin(MarkdownDocument document, TranscriptSession session) =>
        session.Text.Contains("==", StringComparison.Ordinal) ? this : null;

    public void Apply(TranscriptPart part) => part.Highlights = InlineWalk.OfType<HighlightInline>(part.Blocks).ConvertAll(PlainText.Of);
}

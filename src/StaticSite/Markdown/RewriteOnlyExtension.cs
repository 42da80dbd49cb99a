using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StaticSite.Markdown;

/// <summary>A feature that adds no syntax and no renderer, only work on the parsed tree: it is an extension still, so that the pipeline holds every feature.</summary>
internal abstract class RewriteOnlyExtension : IMarkdownExtension, IDocumentRewriter
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public abstract void Rewrite(MarkdownDocument document, in RewriteContext context);
}

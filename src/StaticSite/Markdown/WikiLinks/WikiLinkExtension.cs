using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using StaticSite.Markdown.Glossary;

namespace StaticSite.Markdown.WikiLinks;

/// <summary>Wiki links to glossary terms: <c>[[id]]</c> and <c>[[shown text|id]]</c>, resolved against the glossary after parsing.</summary>
internal sealed class WikiLinkExtension(IReadOnlyDictionary<string, GlossaryForms> terms) : IMarkdownExtension, IDocumentRewriter
{
    private readonly WikiLinkResolver _resolver = new(terms);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlWikiLinkRenderer>();
        }
    }

    public void Rewrite(MarkdownDocument document, in RewriteContext context)
    {
        if (context.Text.Contains("[[", StringComparison.Ordinal))
        {
            _resolver.Resolve(document, context.Map, context.Diagnostics);
        }
    }
}

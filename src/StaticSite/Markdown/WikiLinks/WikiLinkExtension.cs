using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace StaticSite.Markdown.WikiLinks;

/// <summary>Wiki links to glossary terms: <c>[[id]]</c> and <c>[[shown text|id]]</c>.</summary>
internal sealed class WikiLinkExtension : IMarkdownExtension
{
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
}

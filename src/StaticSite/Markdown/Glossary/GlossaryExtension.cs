using Markdig;
using Markdig.Renderers;

namespace StaticSite.Markdown.Glossary;

/// <summary>
/// Renders term references. Matching is not a parser: terms are found after parsing, in literal
/// text only, so headings, links and code are left alone by construction.
/// </summary>
internal sealed class GlossaryExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlTermReferenceRenderer>();
        }
    }
}

using Markdig;
using Markdig.Renderers;

namespace StaticSite.Markdown.Insertions;

/// <summary>
/// Editorial insertions. Markdig already decides what is a link, footnote or escaped bracket; the
/// brackets it gives back as text are insertions, found after parsing by <see cref="BracketPairer"/>.
/// </summary>
internal sealed class InsertionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlInsertionRenderer>();
        }
    }
}

using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticSite.Tests.Markdown.StageDirections;

/// <summary>Stage directions, registered in a test's pipeline only: <c>&lt;span class="direction"&gt;laughs&lt;/span&gt;</c>.</summary>
internal sealed class StageDirectionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<StageDirectionParser>())
        {
            pipeline.InlineParsers.Insert(0, new StageDirectionParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlStageDirectionRenderer>();
        }
    }

    private sealed class HtmlStageDirectionRenderer : HtmlObjectRenderer<StageDirectionInline>
    {
        protected override void Write(HtmlRenderer renderer, StageDirectionInline obj)
        {
            renderer.Write("<span class=\"direction\">");
            renderer.WriteChildren(obj);
            renderer.Write("</span>");
        }
    }
}

using Markdig;
using Markdig.Renderers;

namespace StaticSite.Markdown.Turns;

/// <summary>Turn labels: <c>@speaker #topic {#anchor}:</c> at the start of a paragraph.</summary>
internal sealed class TurnLabelExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TurnLabelParser>())
        {
            pipeline.InlineParsers.Add(new TurnLabelParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlTurnLabelRenderer>();
        }
    }
}

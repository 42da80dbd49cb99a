using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticSite.Markdown.Turns;

/// <summary>Writes nothing: the label is data for the template, not text of the turn.</summary>
internal sealed class HtmlTurnLabelRenderer : HtmlObjectRenderer<TurnLabelInline>
{
    protected override void Write(HtmlRenderer renderer, TurnLabelInline obj)
    {
    }
}

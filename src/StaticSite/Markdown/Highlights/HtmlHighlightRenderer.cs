using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticSite.Markdown.Highlights;

/// <summary><c>&lt;mark class="highlight"&gt;…&lt;/mark&gt;</c>.</summary>
internal sealed class HtmlHighlightRenderer : HtmlObjectRenderer<HighlightInline>
{
    protected override void Write(HtmlRenderer renderer, HighlightInline obj)
    {
        renderer.Write("<mark class=\"highlight\">");
        renderer.WriteChildren(obj);
        renderer.Write("</mark>");
    }
}

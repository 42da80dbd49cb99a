using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticSite.Markdown.Glossary;

/// <summary>
/// A term link with its definition card next to it, so CSS alone can show the card on hover and
/// on focus-within, and screen readers announce it through aria-describedby.
/// </summary>
internal sealed class HtmlTermReferenceRenderer : HtmlObjectRenderer<TermReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, TermReferenceInline obj)
    {
        if (obj.CardId is null)
        {
            renderer.Write("<a class=\"term\" href=\"").WriteEscapeUrl(obj.Term.Href).Write("\">");
            renderer.WriteEscape(obj.Text).Write("</a>");
            return;
        }
        renderer.Write("<span class=\"term-ref\"><a class=\"term\" href=\"").WriteEscapeUrl(obj.Term.Href);
        renderer.Write("\" aria-describedby=\"").WriteEscape(obj.CardId).Write("\">");
        renderer.WriteEscape(obj.Text).Write("</a>");
        renderer.Write("<span class=\"term-card\" role=\"tooltip\" id=\"").WriteEscape(obj.CardId).Write("\">");
        renderer.WriteEscape(obj.Term.Definition).Write("</span></span>");
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticSite.Rendering;

/// <summary>
/// A turn's HTML made fit for another page: ids would clash there and note markers would point
/// at notes that page does not have, so both go; the term cards stay (without their ids).
/// </summary>
public static class PortableHtml
{
    private static readonly HtmlParser _parser = new();

    public static string From(string html)
    {
        if (!html.Contains(" id=\"", StringComparison.Ordinal) && !html.Contains("note-ref", StringComparison.Ordinal)) return html;
        var document = _parser.ParseDocument("");
        var fragment = _parser.ParseFragment(html, document.Body!);
        var container = document.CreateElement("div");
        foreach (var node in fragment.ToArray()) container.AppendChild(node);
        foreach (var marker in container.QuerySelectorAll("sup.note-ref").ToArray()) marker.Remove();
        foreach (var element in container.QuerySelectorAll("[id], [aria-describedby]").ToArray())
        {
            element.RemoveAttribute("id");
            element.RemoveAttribute("aria-describedby");
        }
        return container.InnerHtml;
    }
}

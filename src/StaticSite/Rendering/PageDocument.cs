using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>Renders one page (its layout inside base.liquid) into a document bound for its URL.</summary>
public static class PageDocument
{
    public static Document? Render(BuildContext context, ViewFactory views, PageView page, string layout, string source,
        params (string Name, object? Value)[] variables)
    {
        var all = new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = views.Site(), ["page"] = page };
        foreach (var (name, value) in variables) all[name] = value;
        var html = context.Layouts().RenderPage(layout, all, page.Url, context.Diagnostics);
        return html is null ? null : Document.Create(source, views.Urls.Destination(page.Url), html);
    }
}

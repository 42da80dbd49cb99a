using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>A page bound for its URL whose HTML (its layout inside base.liquid) is rendered when it is written.</summary>
public static class PageDocument
{
    /// <summary>
    /// <paramref name="variables"/> is called at write time too, so that a page's view models live
    /// only while that page is rendered.
    /// </summary>
    public static Document Deferred(BuildContext context, ViewFactory views, PageView page, string layout, string source,
        Func<IEnumerable<(string Name, object? Value)>> variables) =>
        Deferred(context, views, page.Url, () => page, layout, source, variables);

    /// <summary>As above, with the page view itself made at write time (a transcript's JSON-LD is as long as the transcript).</summary>
    public static Document Deferred(BuildContext context, ViewFactory views, string url, Func<PageView> page, string layout, string source,
        Func<IEnumerable<(string Name, object? Value)>> variables) =>
        Document.Deferred(source, views.Urls.Destination(url), output =>
        {
            var all = new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = views.Site(), ["page"] = page() };
            foreach (var (name, value) in variables()) all[name] = value;
            return context.Layouts().RenderPage(layout, all, url, context.Diagnostics, output);
        });

    public static Document Deferred(BuildContext context, ViewFactory views, PageView page, string layout, string source,
        params (string Name, object? Value)[] variables) =>
        Deferred(context, views, page, layout, source, () => variables);
}

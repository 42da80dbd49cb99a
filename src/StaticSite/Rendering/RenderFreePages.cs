using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>Free pages (pages/*.md) at /&lt;slug&gt;/.</summary>
public sealed class RenderFreePages : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        foreach (var page in context.Model.Pages)
        {
            var view = views.Page("page", page.Title, page.Description ?? context.Model.Settings.Description, page.Url);
            yield return PageDocument.Deferred(context, views, view, "page", page.Source, ("page_content_html", page.Html));
        }
    }
}

using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>404.html: GitHub Pages serves it for every missing URL, at any depth, so all its links are root-relative.</summary>
public sealed class RenderNotFoundPage : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var page = views.Page("not-found", "Page not found", "This page does not exist.", views.Urls.NotFound);
        yield return PageDocument.Deferred(context, views, page, "404", "");
    }
}

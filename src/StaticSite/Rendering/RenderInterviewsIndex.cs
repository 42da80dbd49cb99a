using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// /transcripts/: every transcript newest first, with its kind, date, participants, topics and reading time; when the
/// site holds several kinds, one more page per kind (/transcripts/kinds/&lt;kind&gt;/) and links between them.
/// </summary>
public sealed class RenderInterviewsIndex : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        // The model keeps transcripts newest first (then by slug), which is these pages' order.
        var kinds = model.Transcripts.GroupBy(t => t.Kind).OrderBy(g => model.Settings.Kinds.Order(g.Key)).ToList();
        var filters = kinds.Count < 2 ? [] : kinds.Select(g => new LinkView(KindLabels.Capitalized(g.Key.Plural), views.Urls.TranscriptsOfKind(g.Key.Id), g.Count())).ToList();
        var page = views.Page("transcripts", views.Labels.CollectionTitle, $"{views.Labels.CollectionTitle} in {model.Settings.Title}, newest first.", views.Urls.Transcripts);
        yield return Index(context, views, page, model.Transcripts, filters);
        if (filters.Count == 0) yield break;
        foreach (var kind in kinds)
        {
            var title = KindLabels.Capitalized(kind.Key.Plural);
            var ofKind = views.Page("transcripts", title, $"{title} in {model.Settings.Title}, newest first.", views.Urls.TranscriptsOfKind(kind.Key.Id));
            yield return Index(context, views, ofKind, [.. kind], filters);
        }
    }

    private static Document Index(BuildContext context, ViewFactory views, PageView page, IReadOnlyList<Transcript> transcripts, List<LinkView> filters) =>
        PageDocument.Deferred(context, views, page, "transcripts", "", () =>
        [
            ("transcripts", transcripts.Select(views.Summary).ToList()),
            ("kinds", filters),
            ("all", new LinkView("All", views.Urls.Transcripts, context.Model.Transcripts.Count)),
        ]);
}

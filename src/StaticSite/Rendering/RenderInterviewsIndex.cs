using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// /transcripts/, the archive: every transcript newest first, page_size to a page (/transcripts/page/2/, …), each
/// page's transcripts under their year, with kind, date, participants, topics and reading time; when the site holds
/// several kinds, the same archive per kind (/transcripts/kinds/&lt;kind&gt;/) and links between them.
/// </summary>
public sealed class RenderInterviewsIndex : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var kinds = model.Transcripts.GroupBy(t => t.Kind).OrderBy(g => model.Settings.Kinds.Order(g.Key)).ToList();
        IReadOnlyList<LinkView> filters = kinds.Count < 2 ? [] : [.. kinds.Select(g => new LinkView(KindLabels.Capitalized(g.Key.Plural), views.Urls.TranscriptsOfKind(g.Key.Id), g.Count()))];
        var all = new LinkView("All", views.Urls.Transcripts, model.Transcripts.Count);
        var title = views.Labels.CollectionTitle;
        var pages = Archive(context, views, new PagedList("transcripts", title, $"{title} in {model.Settings.Title}, newest first.", views.Urls.Transcripts, ""), model.Transcripts, filters, all);
        if (filters.Count == 0) return pages;
        return pages.Concat(kinds.SelectMany(kind =>
        {
            var plural = KindLabels.Capitalized(kind.Key.Plural);
            var list = new PagedList("transcripts", plural, $"{plural} in {model.Settings.Title}, newest first.", views.Urls.TranscriptsOfKind(kind.Key.Id), "");
            return Archive(context, views, list, [.. kind], filters, all);
        }));
    }

    // The model keeps transcripts newest first (then by slug), which is the archive's order, so a year's transcripts are consecutive.
    private static IEnumerable<Document> Archive(BuildContext context, ViewFactory views, PagedList list, IReadOnlyList<Transcript> transcripts,
        IReadOnlyList<LinkView> kinds, LinkView all) =>
        Pagination.Pages(context, list, transcripts, (slice, pager) => ("archive", new ArchiveView(
            [.. slice.GroupBy(t => t.Header.Date.Year).Select(year => new YearView(year.Key, [.. year.Select(views.Summary)]))],
            pager,
            transcripts.Count,
            kinds,
            all)),
            (shows, slice, _) =>
            {
                foreach (var kind in kinds.Append(all)) shows.Add(kind.Title).Add(kind.Count);
                foreach (var transcript in slice) shows.Card(transcript);
            });
}

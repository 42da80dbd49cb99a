using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// /transcripts/, the archive: every interview newest first, page_size to a page (/transcripts/page/2/, …), each
/// page's interviews under their year, with date, participants, topics and reading time.
/// </summary>
public sealed class RenderInterviewsIndex : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        // No dependency key: every transcript is on one of its pages, so a preview renders them at every save.
        var list = new PagedList("transcripts", "Interviews", $"Every interview in {model.Settings.Title}, newest first.", views.Urls.Transcripts, "", null);
        // The model keeps transcripts newest first (then by slug), which is the archive's order, so a year's interviews are consecutive.
        return Pagination.Pages(context, list, model.Transcripts, (slice, pager) => ("archive", new ArchiveView(
            [.. slice.GroupBy(t => t.Header.Date.Year).Select(year => new YearView(year.Key, [.. year.Select(views.Summary)]))],
            pager,
            model.Transcripts.Count)));
    }
}

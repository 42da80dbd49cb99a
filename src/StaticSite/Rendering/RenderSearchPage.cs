using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// /search/: a search form whose script (assets/js/search.js) searches the sharded index under
/// /search-index/ as the reader types, narrowed by the form's topic list and by a speaker or transcript
/// named in the address (their pages link here so). The page lists neither speakers nor transcripts, so
/// its size does not grow with the archive; without script it links the site's sections.
/// </summary>
public sealed class RenderSearchPage : IModule
{
    public const string Script = "assets/js/search.js";

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var page = views.Page("search", "Search", $"Search the {views.Labels.CollectionText} of {model.Settings.Title}.", views.Urls.Search);
        // Its topics come from topics.yml, so no save of a transcript changes it: the preview keeps it as it is.
        yield return PageFingerprint.Stamp(PageDocument.Deferred(context, views, page, "search", "", () =>
        [
            ("index_url", views.Urls.SearchIndex),
            ("script_url", views.Urls.File(Script)),
            // The filters send ids: the script fetches /search-index/<kind>/<id>.json for the one chosen.
            ("topic_options", model.Topics.Select(t => new OptionView(t.Id, t.Title)).ToList()),
        ]), context, _ => { });
    }
}

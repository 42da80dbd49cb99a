using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// /search/: a search form whose script (assets/js/search.js) searches /search-index.json as the
/// reader types. Without script the page is a plain list of every transcript, topic, speaker and term.
/// </summary>
public sealed class RenderSearchPage : IModule
{
    public const string Script = "assets/js/search.js";

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var page = views.Page("search", "Search", $"Search the {views.Labels.CollectionText} of {model.Settings.Title}.", views.Urls.Search);
        yield return PageDocument.Deferred(context, views, page, "search", "", () =>
        [
            ("index_url", views.Urls.SearchIndex),
            ("script_url", views.Urls.File(Script)),
            ("transcripts", model.Transcripts.Select(views.TranscriptLink).ToList()),
            ("topics", model.Topics.Select(views.TopicLink).ToList()),
            ("speakers", model.Speakers.Select(views.SpeakerLink).ToList()),
            ("terms", model.Terms.Select(views.TermLink).ToList()),
        ]);
    }
}

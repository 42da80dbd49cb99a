using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// /search/: a search form whose script (assets/js/search.js) searches the sharded index under
/// /search-index/ as the reader types, narrowed by the form's speaker, topic and interview lists.
/// Without script the page is a plain list of every transcript, topic, speaker and term.
/// </summary>
public sealed class RenderSearchPage : IModule
{
    public const string Script = "assets/js/search.js";

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var page = views.Page("search", "Search", $"Search the {views.Labels.CollectionText} of {model.Settings.Title}.", views.Urls.Search);
        // It lists every interview, topic, speaker and term: compared in the preview by what it shows of them, not rendered at every save.
        yield return PageFingerprint.Stamp(PageDocument.Deferred(context, views, page, "search", "", () =>
        [
            ("index_url", views.Urls.SearchIndex),
            ("script_url", views.Urls.File(Script)),
            ("transcripts", model.Transcripts.Select(views.TranscriptLink).ToList()),
            ("topics", model.Topics.Select(views.TopicLink).ToList()),
            ("speakers", model.Speakers.Select(views.SpeakerLink).ToList()),
            ("terms", model.Terms.Select(views.TermLink).ToList()),
            // The filters send ids: the script fetches /search-index/<kind>/<id>.json for the one chosen.
            ("speaker_options", model.Speakers.Select(s => new OptionView(s.Id, s.Name)).ToList()),
            ("topic_options", model.Topics.Select(t => new OptionView(t.Id, t.Title)).ToList()),
            ("interview_options", model.Transcripts.Select(t => new OptionView(t.Slug, t.Header.Title)).ToList()),
        ]), context, shows =>
        {
            foreach (var transcript in model.Transcripts) shows.Link(transcript);
            shows.Topics(model.Topics).Speakers(model.Speakers.Select(s => s.Id)).Terms(model.Terms.Select(t => t.Id));
        });
    }
}

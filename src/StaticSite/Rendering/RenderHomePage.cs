using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>
/// The home page: the latest home_size transcripts newest first (site.yml), key quotes, topics and speakers, and a
/// link to the archive (/transcripts/), so that it stays the same size however large the archive grows.
/// </summary>
public sealed class RenderHomePage : IModule
{
    /// <summary>How many highlighted quotes the home page shows; speaker pages list them all.</summary>
    public const int HighlightCount = 8;

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var page = views.Page("home", model.Settings.Title, model.Settings.Description, views.Urls.Home);
        yield return PageDocument.Deferred(context, views, page, "home", "", () =>
        [
            ("transcripts", model.Transcripts.Take(model.Settings.HomeSize).Select(views.Summary).ToList()),
            ("transcript_count", model.Transcripts.Count),
            ("archive_url", views.Urls.Transcripts),
            ("topics", model.Topics.Select(views.TopicLink).ToList()),
            ("speakers", model.Speakers.Select(views.SpeakerLink).ToList()),
            ("highlights", model.Transcripts.SelectMany(t => t.Turns).SelectMany(views.Quotes).Take(HighlightCount).ToList()),
        ]);
    }
}

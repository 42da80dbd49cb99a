using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>The home page: transcripts newest first, key quotes, topics and speakers.</summary>
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
            ("transcripts", model.Transcripts.Select(views.Summary).ToList()),
            ("topics", model.Topics.Select(views.TopicLink).ToList()),
            ("speakers", model.Speakers.Select(views.SpeakerLink).ToList()),
            ("highlights", model.Transcripts.SelectMany(t => t.Turns).SelectMany(views.Quotes).Take(HighlightCount).ToList()),
        ]);
    }
}

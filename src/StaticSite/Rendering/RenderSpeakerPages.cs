using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>The speakers index and one page per speaker: role, bio, topics, highlighted quotes and every turn.</summary>
public sealed class RenderSpeakerPages : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var summaries = model.Speakers.Select(speaker =>
        {
            var turns = Turns(model, speaker);
            return new SpeakerSummaryView(speaker.Name, views.Urls.Speaker(speaker.Id), speaker.Role, turns.Count, turns.Select(t => t.Transcript).Distinct().Count());
        }).ToList();
        var index = PageDocument.Render(context, views, views.Page("speakers", "Speakers", $"Everyone who speaks in {model.Settings.Title}.", views.Urls.Speakers),
            "speakers", "", ("speakers", summaries));
        var pages = OrderedParallel.Map(model.Speakers, speaker =>
        {
            var turns = Turns(model, speaker);
            var topics = turns.SelectMany(t => t.Exchange.Topics).GroupBy(t => t)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Title, StringComparer.Ordinal)
                .Select(g => views.TopicLink(g.Key) with { Count = g.Count() });
            var view = new SpeakerView(
                speaker.Name,
                speaker.Role,
                speaker.Url,
                context.FieldHtml(speaker.Bio),
                [.. topics],
                [.. turns.SelectMany(views.Quotes)],
                [.. turns.Select(t => t.Transcript).Distinct().Select(views.TranscriptLink)],
                [.. turns.Select(t => views.Passage(t))]);
            var description = speaker.Role is null ? $"Everything {speaker.Name} said in {model.Settings.Title}." : $"{speaker.Name}, {speaker.Role}: every passage in {model.Settings.Title}.";
            return PageDocument.Render(context, views, views.Page("speaker", speaker.Name, description, views.Urls.Speaker(speaker.Id)),
                "speaker", speaker.Location.Path, ("speaker", view));
        });
        return new[] { index }.Concat(pages).OfType<Document>();
    }

    private static IReadOnlyList<Turn> Turns(SiteModel model, Speaker speaker) =>
        model.TurnsBySpeaker.TryGetValue(speaker.Id, out var turns) ? turns : [];
}

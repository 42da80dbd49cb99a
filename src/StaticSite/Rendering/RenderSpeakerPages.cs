using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>The speakers index and each speaker's pages: role, bio, topics, highlighted quotes and every turn, page_size turns at a time.</summary>
public sealed class RenderSpeakerPages : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var index = views.Page("speakers", "Speakers", $"Everyone who speaks in {model.Settings.Title}.", views.Urls.Speakers);
        yield return PageDocument.Deferred(context, views, index, "speakers", "", () => [("speakers", Summaries(model, views))]);
        foreach (var speaker in model.Speakers)
        {
            var turns = Turns(model, speaker);
            var description = speaker.Role is null ? $"Everything {speaker.Name} said in {model.Settings.Title}." : $"{speaker.Name}, {speaker.Role}: every passage in {model.Settings.Title}.";
            var list = new PagedList("speaker", speaker.Name, description, views.SpeakerUrl(speaker), speaker.Location.Path, PageDependencies.Speaker.Of(speaker.Id));
            var transcripts = new Lazy<List<Transcript>>(() => [.. turns.Select(t => t.Transcript).Distinct()]);
            foreach (var page in Pagination.Pages(context, list, turns, (slice, pager) => ("speaker", View(context, views, speaker, turns, slice, pager)),
                (shows, slice, pager) =>
                {
                    shows.Add(views.Labels.Count(transcripts.Value));
                    // The overview (topics, quotes, interviews) is made of every turn.
                    if (pager.Number == 1) foreach (var transcript in transcripts.Value) shows.Transcript(transcript);
                    foreach (var turn in slice) shows.Passage(turn);
                }))
                yield return page;
        }
    }

    private static List<SpeakerSummaryView> Summaries(SiteModel model, ViewFactory views) =>
    [
        .. model.Speakers.Select(speaker =>
        {
            var turns = Turns(model, speaker);
            var transcripts = turns.Select(t => t.Transcript).Distinct().ToList();
            return new SpeakerSummaryView(speaker.Name, views.SpeakerUrl(speaker), speaker.Role, turns.Count, transcripts.Count)
            {
                TranscriptsLabel = views.Labels.Count(transcripts),
                RolesLabel = RolesLabel(speaker, transcripts),
            };
        }),
    ];

    private static SpeakerView View(BuildContext context, ViewFactory views, Speaker speaker, IReadOnlyList<Turn> all, IReadOnlyList<Turn> slice, PagerView pager)
    {
        // Topics, quotes and interviews are the overview, shown on the first page only.
        var first = pager.Number == 1;
        var topics = all.SelectMany(t => t.Exchange?.Topics ?? []).GroupBy(t => t)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Title, StringComparer.Ordinal)
            .Select(g => views.TopicLink(g.Key) with { Count = g.Count() });
        return new SpeakerView(
            speaker.Name,
            speaker.Role,
            speaker.Url,
            context.FieldHtml(speaker.Bio),
            first ? [.. topics] : [],
            first ? [.. all.SelectMany(views.Quotes)] : [],
            first ? Interviews(speaker, all) : [],
            [.. slice.Select(t => views.Passage(t))],
            all.Count,
            pager)
        {
            TranscriptsLabel = views.Labels.Count(all.Select(t => t.Transcript).Distinct()),
            // A moderator's turns are no passages, so there is nothing of theirs to search.
            SearchUrl = all.Any(t => Search.SearchPassages.Includes(t, out _)) ? views.Urls.SearchWithin("speaker", speaker.Id) : "",
        };
    }

    // "reporter in 2, moderator in 1": the roles front matter gives them, most frequent first; no role, no entry.
    private static string RolesLabel(Speaker speaker, IEnumerable<Transcript> transcripts) => string.Join(", ", transcripts
        .Select(t => t.Header.Speakers.FirstOrDefault(s => s.Id == speaker.Id)?.Role).OfType<string>()
        .GroupBy(role => role, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key} in {g.Count()}"));

    // Newest first, as the turns are; a role or affiliation belongs to one interview, as its front matter says.
    private static List<SpeakerInterviewView> Interviews(Speaker speaker, IReadOnlyList<Turn> all) =>
    [
        .. all.GroupBy(t => t.Transcript).Select(g =>
        {
            var header = g.Key.Header;
            var entry = header.Speakers.FirstOrDefault(s => s.Id == speaker.Id);
            return new SpeakerInterviewView(header.Title, g.Key.Url, ViewFactory.DateIso(header.Date), ViewFactory.DateDisplay(header.Date),
                entry?.Role, entry?.Affiliation, g.Count()) { KindLabel = KindLabels.Capitalized(g.Key.Kind.Singular) };
        }),
    ];

    private static IReadOnlyList<Turn> Turns(SiteModel model, Speaker speaker) =>
        model.TurnsBySpeaker.TryGetValue(speaker.Id, out var turns) ? turns : [];
}

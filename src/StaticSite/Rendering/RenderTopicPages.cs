using StaticSite.Markdown;
using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>The topics index and each topic's pages: every exchange filed under it, across transcripts, page_size at a time.</summary>
public sealed class RenderTopicPages : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var index = views.Page("topics", "Topics", $"Every topic in {model.Settings.Title}, with the passages filed under it.", views.Urls.Topics);
        yield return PageDocument.Deferred(context, views, index, "topics", "", () => [("topics", Summaries(context, views)), ("topic_grid", TopicGrid.Of(context.Model, views))]);
        foreach (var topic in model.Topics)
        {
            var exchanges = Exchanges(model, topic);
            var description = topic.Description is null ? $"Every passage on {topic.Title}." : MarkdownConverter.ToPlainText(topic.Description.Text);
            // Found once per topic, not once per page: a topic's pages would otherwise each walk all its exchanges.
            var transcripts = new Lazy<IReadOnlyList<Transcript>>(() => [.. exchanges.Select(e => e.Transcript).Distinct()]);
            var counts = new Lazy<IReadOnlyDictionary<Transcript, int>>(() => InterviewGroups.Counts(exchanges, e => e.Transcript));
            var list = new PagedList("topic", topic.Title, description, views.Urls.Topic(topic.Id), topic.Location.Path, PageDependencies.Topic.Of(topic.Id));
            var label = new Lazy<string>(() => views.Labels.Count(transcripts.Value));
            var related = topic.Related.Where(r => model.Registries.Topics.ContainsKey(r.Id)).Select(r => model.Registries.Topics[r.Id]);
            foreach (var page in Pagination.Pages(context, list, exchanges, (slice, pager) => ("topic", View(context, views, topic, exchanges, transcripts.Value, counts.Value, slice, pager)),
                (shows, slice, pager) =>
                {
                    shows.Add(label.Value).Add(transcripts.Value.Count).Topics(related);
                    if (pager.Number == 1) foreach (var transcript in transcripts.Value) shows.Link(transcript); // the overview
                    foreach (var exchange in slice) shows.Exchange(exchange).Add(counts.Value[exchange.Transcript]);
                }))
                yield return page;
        }
    }

    private static List<TopicSummaryView> Summaries(BuildContext context, ViewFactory views) =>
    [
        .. context.Model.Topics.Select(topic =>
        {
            var exchanges = Exchanges(context.Model, topic);
            var transcripts = exchanges.Select(e => e.Transcript).Distinct().ToList();
            return new TopicSummaryView(topic.Title, views.Urls.Topic(topic.Id), context.FieldHtml(topic.Description), exchanges.Count, transcripts.Count)
            {
                TranscriptsLabel = views.Labels.Count(transcripts),
            };
        }),
    ];

    private static TopicView View(BuildContext context, ViewFactory views, Topic topic, IReadOnlyList<Exchange> all, IReadOnlyList<Transcript> transcripts,
        IReadOnlyDictionary<Transcript, int> counts, IReadOnlyList<Exchange> slice, PagerView pager)
    {
        var topics = context.Model.Registries.Topics;
        return new TopicView(
            topic.Title,
            context.FieldHtml(topic.Description),
            [.. topic.Related.Where(r => topics.ContainsKey(r.Id)).Select(r => views.TopicLink(topics[r.Id]))],
            InterviewGroups.Of(slice, e => e.Transcript, (transcript, run) => new ExchangeGroupView(transcript.Header.Title, transcript.Url,
                ViewFactory.DateIso(transcript.Header.Date), ViewFactory.DateDisplay(transcript.Header.Date), counts[transcript], TopicGrid.GroupAnchor(transcript),
            [.. run.Select(e => new ExchangeView(e.Transcript.Header.Title, e.Transcript.Url, ViewFactory.DateDisplay(e.Transcript.Header.Date), e.Url,
                views.TopicLinks(e),
                // The question in full (when it is short enough to read at a glance), each answer as an
                // excerpt that leads to the whole of it: a topic page is for following a subject across
                // interviews, and at archive scale full passages made these pages most of the site's bytes.
                [.. e.Turns.Select(t => views.Passage(t, t.IsInterviewer && t.Item.IsShort ? new Utf8Html(PortableHtml.From(t.Item.HtmlUtf8)) : null))]))])
            { KindText = transcript.Kind.Singular }),
            pager.Number == 1 ? [.. transcripts.Select(views.TranscriptLink)] : [], // the overview is the first page's
            all.Count,
            transcripts.Count,
            pager)
        {
            TranscriptsLabel = views.Labels.Count(transcripts),
        };
    }

    internal static IReadOnlyList<Exchange> Exchanges(SiteModel model, Topic topic) =>
        model.ExchangesByTopic.TryGetValue(topic.Id, out var exchanges) ? exchanges : [];
}

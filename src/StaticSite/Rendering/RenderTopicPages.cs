using System.Collections.Concurrent;
using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>The topics index and one page per topic with every exchange filed under it, across transcripts.</summary>
public sealed class RenderTopicPages : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var summaries = model.Topics.Select(topic =>
        {
            var exchanges = Exchanges(model, topic);
            return new TopicSummaryView(topic.Title, views.Urls.Topic(topic.Id), context.FieldHtml(topic.Description),
                exchanges.Count, exchanges.Select(e => e.Transcript).Distinct().Count());
        }).ToList();
        var index = PageDocument.Render(context, views, views.Page("topics", "Topics", $"Every topic in {model.Settings.Title}, with the passages filed under it.", views.Urls.Topics),
            "topics", "", ("topics", summaries));
        // A turn can be filed under several topics: make its portable HTML once.
        var portable = new ConcurrentDictionary<Turn, string>();
        var pages = OrderedParallel.Map(model.Topics, topic =>
        {
            var exchanges = Exchanges(model, topic);
            var view = new TopicView(
                topic.Title,
                context.FieldHtml(topic.Description),
                [.. topic.Related.Where(r => model.Registries.Topics.ContainsKey(r.Id)).Select(r => views.TopicLink(model.Registries.Topics[r.Id]))],
                [.. exchanges.Select(e => new ExchangeView(e.Transcript.Header.Title, e.Transcript.Url, ViewFactory.DateDisplay(e.Transcript.Header.Date), e.Url,
                    [.. e.Topics.Select(views.TopicLink)],
                    [.. e.Turns.Select(t => views.Passage(t, portable.GetOrAdd(t, turn => PortableHtml.From(turn.Item.Html))))]))],
                [.. exchanges.Select(e => e.Transcript).Distinct().Select(views.TranscriptLink)]);
            var description = topic.Description is null ? $"Every passage on {topic.Title}." : Markdown.MarkdownConverter.ToPlainText(topic.Description.Text);
            return PageDocument.Render(context, views, views.Page("topic", topic.Title, description, views.Urls.Topic(topic.Id)),
                "topic", topic.Location.Path, ("topic", view));
        });
        return new[] { index }.Concat(pages).OfType<Document>();
    }

    private static IReadOnlyList<Exchange> Exchanges(SiteModel model, Topic topic) =>
        model.ExchangesByTopic.TryGetValue(topic.Id, out var exchanges) ? exchanges : [];
}

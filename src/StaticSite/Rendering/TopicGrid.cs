using System.Globalization;
using StaticSite.Model;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// The topics index's grid: a row per topic, a column per interview, and in each cell how many of the
/// topic's exchanges are in that interview, linked to them on the topic's pages (the page that holds
/// the interview's first one, at its group's anchor).
/// </summary>
public static class TopicGrid
{
    // Beyond this many interviews a grid is no longer read at a glance, and an archive's would make the index its largest page.
    private const int MaxInterviews = 40;

    /// <summary>The id of an interview's group of passages on a topic page.</summary>
    public static string GroupAnchor(Transcript transcript) => "interview-" + transcript.Slug;

    public static TopicGridView? Of(SiteModel model, ViewFactory views)
    {
        var topics = model.Topics;
        if (topics.Count == 0 || model.Transcripts.Count is 0 or > MaxInterviews) return null;
        var pageSize = model.Settings.PageSize;
        var rows = new List<TopicGridRowView>();
        var max = 1;
        var counted = new List<(Topic Topic, Dictionary<Transcript, (int Count, int First)> Cells)>();
        foreach (var topic in topics)
        {
            var cells = new Dictionary<Transcript, (int Count, int First)>(ReferenceEqualityComparer.Instance);
            var exchanges = RenderTopicPages.Exchanges(model, topic);
            for (var i = 0; i < exchanges.Count; i++)
            {
                var transcript = exchanges[i].Transcript;
                cells[transcript] = cells.TryGetValue(transcript, out var cell) ? (cell.Count + 1, cell.First) : (1, i);
                max = Math.Max(max, cells[transcript].Count);
            }
            counted.Add((topic, cells));
        }
        foreach (var (topic, cells) in counted)
        {
            var topicUrl = views.Urls.Topic(topic.Id);
            rows.Add(new TopicGridRowView(topic.Title, topicUrl, [.. model.Transcripts.Select(transcript =>
                cells.TryGetValue(transcript, out var cell)
                    ? new TopicGridCellView(cell.Count, SiteUrls.WithAnchor(SiteUrls.Paged(topicUrl, cell.First / pageSize + 1), GroupAnchor(transcript)),
                        // The dot's area grows with the count, from a visible minimum.
                        (2.5 + 7.5 * Math.Sqrt((double)cell.Count / max)).ToString("0.##", CultureInfo.InvariantCulture),
                        $"{topic.Title} in {transcript.Header.Title}: {cell.Count} {(cell.Count == 1 ? "exchange" : "exchanges")}")
                    : new TopicGridCellView(0, null, "0", $"{topic.Title} in {transcript.Header.Title}: none"))]));
        }
        return new TopicGridView([.. model.Transcripts.Select(views.TranscriptLink)], rows);
    }
}

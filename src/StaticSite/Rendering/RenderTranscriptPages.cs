using StaticSite.Input;
using StaticSite.Markdown;
using StaticSite.Markdown.Turns;
using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering.Citations;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>One page per transcript: header, table of contents, and the body with exchanges, turns and margin notes.</summary>
public sealed class RenderTranscriptPages : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var related = context.RelatedPassages();
        foreach (var transcript in context.Model.Transcripts)
        {
            var source = transcript.Header.Location.Path;
            // Its own text and the counts its topic links carry; the page also shows its exchanges' related passages.
            string[] own = [PageDependencies.Transcript.Of(source)];
            Document Own(Document document, Action<PageFingerprint>? more = null, string[]? keys = null) =>
                PageFingerprint.Stamp(document.With(MetadataKeys.DependsOn, keys ?? own), context, shows =>
                {
                    shows.Transcript(transcript).Topics(transcript.Topics);
                    more?.Invoke(shows);
                });
            yield return Own(PageDocument.Deferred(context, views, transcript.Url, () => Page(transcript, views), "transcript", source,
                () => [("transcript", View(transcript, views, related)), ("cite", CitedWorks.Section(transcript, CitedWorks.Of(transcript, views), views))]),
                shows => shows.Related(transcript, related), [.. own, PageDependencies.Related.Of(source)]);
            // A short title of its own: the interview's title is its heading, and with it the page's title ran past what a tab shows.
            var citations = views.Urls.PassageCitations(transcript.Slug);
            yield return Own(PageDocument.Deferred(context, views, citations, () => views.Page("cite", "Passage citations", transcript.Header.Summary ?? views.Model.Settings.Description, citations),
                "cite", source, () => [("citations", CitedWorks.Passages(transcript, views))]));
            yield return Own(TranscriptExports.Text(transcript, views, source));
            yield return Own(TranscriptExports.Json(transcript, views, source));
            if (transcript.Header.Media is not null) yield return Own(TranscriptExports.WebVtt(transcript, views, source));
            foreach (var file in CitationExports.Of(transcript, views, source)) yield return Own(file);
        }
    }

    // A transcript page is an article: sharing cards, schema.org JSON-LD, citation metadata, and its exports as alternates.
    private static PageView Page(Transcript transcript, ViewFactory views)
    {
        var header = transcript.Header;
        var model = views.Model;
        return views.Page("transcript", header.Title, header.Summary ?? model.Settings.Description, transcript.Url) with
        {
            OgType = "article",
            JsonLd = TranscriptJsonLd.Of(transcript, views),
            Citation = CitedWorks.Metadata(CitedWorks.Of(transcript, views)),
            Alternates =
            [
                new AlternateView("Plain text", "text/plain", views.Urls.TranscriptText(transcript.Slug)),
                new AlternateView("JSON", "application/json", views.Urls.TranscriptJson(transcript.Slug)),
                .. transcript.Header.Media is null ? Array.Empty<AlternateView>() : [new AlternateView("WebVTT", "text/vtt", views.Urls.TranscriptVtt(transcript.Slug))],
            ],
        };
    }

    private static TranscriptView View(Transcript transcript, ViewFactory views, RelatedPassages related)
    {
        var header = transcript.Header;
        var speakers = header.Speakers
            .Where(s => views.Model.Registries.Speakers.ContainsKey(s.Id))
            .Select(s => (Entry: s, Speaker: views.Model.Registries.Speakers[s.Id]))
            .Select(p => new SpeakerLinkView(p.Speaker.Name, views.SpeakerUrl(p.Speaker), p.Speaker.Role, p.Entry.Role, p.Entry.IsInterviewer))
            .ToList();
        var toc = transcript.Body.Items.OfType<HeadingItem>().Where(h => h.Level <= 3).Select(h => new TocView(h.Text, h.Anchor, h.Level)).ToList();
        var view = new TranscriptView(header.Title, transcript.Url, ViewFactory.DateIso(header.Date), ViewFactory.DateDisplay(header.Date),
            header.Summary, header.SourceName, header.SourceUrl, header.Recorded, header.Note, speakers, views.TopicLinks(transcript), toc, Body(transcript, views, related),
            Media(transcript, views), TranscriptSummaries.TopicStrip(transcript, views), TranscriptSummaries.SpeakerShares(transcript, views))
        {
            KindLabel = KindLabels.Capitalized(transcript.Kind.Singular),
            KindText = transcript.Kind.Singular,
            SearchUrl = views.Urls.SearchWithin("interview", transcript.Slug),
        };
        return Participants.Arrange(view, header, views);
    }

    // Items in reading order; consecutive turns of one exchange become one "exchange" block.
    private static List<BodyView> Body(Transcript transcript, ViewFactory views, RelatedPassages related)
    {
        var turnsByItem = transcript.Turns.ToDictionary<Turn, TurnItem>(t => t.Item, ReferenceEqualityComparer.Instance);
        var body = new List<BodyView>();
        Exchange? open = null;
        List<TurnView>? run = null;
        void Close()
        {
            if (open is not null && run is not null)
            {
                // A heading inside an exchange splits it into runs: its related passages follow the last.
                var ends = run[^1].Anchor == open.Turns[^1].Item.Anchor;
                body.Add(new BodyView("exchange", Topics: views.TopicLinks(open), Turns: run,
                    Related: ends ? [.. related.Of(open).Select(e => views.Passage(e.Turns[0]))] : null));
            }
            open = null;
            run = null;
        }
        foreach (var item in transcript.Body.Items)
        {
            if (item is TurnItem turnItem && turnsByItem.TryGetValue(turnItem, out var turn))
            {
                var view = new TurnView(turnItem.Anchor, turn.Speaker.Id, turn.Speaker.Name, views.SpeakerUrl(turn.Speaker), turn.IsInterviewer,
                    new Utf8Html(turnItem.HtmlUtf8), NoteViews(turnItem.Notes),
                    turnItem.Time is { } time ? new TurnTimeView(Timecode.Display(time.Seconds), Timecode.Iso(time.Seconds), time.Seconds) : null) { IsModerator = turn.IsModerator };
                if (!ReferenceEquals(open, turn.Exchange)) Close();
                if (turn.Exchange is null)
                {
                    body.Add(new BodyView("moderator", Turns: [view])); // outside every exchange
                    continue;
                }
                open ??= turn.Exchange;
                run ??= [];
                run.Add(view);
                continue;
            }
            Close();
            switch (item)
            {
                case EditorialItem editorial: body.Add(new BodyView("editorial", editorial.Html, Notes: NoteViews(editorial.Notes))); break;
                case HeadingItem heading: body.Add(new BodyView("heading", heading.Html, heading.Level, heading.Text, heading.Anchor)); break;
                case BreakItem: body.Add(new BodyView("break")); break;
            }
        }
        Close();
        return body;
    }

    // The player's source: an external address as written, or the asset's URL on this site.
    private static MediaView? Media(Transcript transcript, ViewFactory views) => transcript.Header.Media is { } media
        ? new MediaView(media.ExternalUrl ?? views.Urls.File("assets/" + media.Asset), media.Type, media.IsVideo,
            media.Duration is { } d ? Timecode.Display(d) : null, media.Duration is { } s ? Timecode.Iso(s) : null, views.Urls.TranscriptVtt(transcript.Slug),
            views.Urls.File(MediaScript))
        : null;

    /// <summary>The script that makes turns' times seek the player: loaded only by pages with a recording.</summary>
    public const string MediaScript = "assets/js/media.js";

    private static NoteView[] NoteViews(IReadOnlyList<MarginNote> notes) => [.. notes.Select(n => new NoteView(n.Number, n.Anchor, n.Html))];
}

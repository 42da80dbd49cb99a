using System.Collections.Concurrent;
using System.Globalization;
using StaticSite.Markdown;
using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>Turns model objects into the plain view models templates see. One place, so every page shows a thing the same way.</summary>
public sealed class ViewFactory
{
    // Views shown on thousands of pages are made once: every page has the site, and every passage its topics.
    private readonly SiteView _site;
    private readonly AbsoluteUrls _absolute;
    private readonly Dictionary<string, LinkView> _topicLinks;
    // Exchanges filed under the same topics share one list: a large archive has tens of thousands of exchanges and a few
    // hundred combinations. Made when a page first shows one, since a preview rebuild renders a few pages of the archive.
    private readonly ConcurrentDictionary<string, LinkView[]> _topicCombinations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _plainDefinitions;
    private readonly Dictionary<string, string> _speakerUrls;
    private readonly ConcurrentDictionary<string, IReadOnlyList<NavView>> _navs = new(StringComparer.Ordinal);
    private readonly PageKinds _kinds;

    /// <param name="kinds">The page kinds, whose navigation items every page shows.</param>
    public ViewFactory(SiteModel model, SiteUrls urls, PageKinds kinds)
    {
        Model = model;
        Urls = urls;
        _kinds = kinds;
        Labels = new KindLabels(model.Settings, model.Transcripts);
        _site = CreateSite();
        _absolute = new AbsoluteUrls(model.Settings.BaseUrl);
        _topicLinks = model.Registries.Topics.Values.ToDictionary(t => t.Id, t =>
            new LinkView(t.Title, urls.Topic(t.Id), model.ExchangesByTopic.TryGetValue(t.Id, out var exchanges) ? exchanges.Count : 0));
        _plainDefinitions = model.Registries.Terms.Values.ToDictionary(t => t.Id, t => MarkdownConverter.ToPlainText(t.Definition.Text), StringComparer.Ordinal);
        _speakerUrls = model.Registries.Speakers.Keys.ToDictionary(id => id, urls.Speaker, StringComparer.Ordinal);
    }

    public SiteModel Model { get; }

    public SiteUrls Urls { get; }

    /// <summary>What the collection and its counts are called, from the kinds it holds.</summary>
    public KindLabels Labels { get; }

    public SiteView Site() => _site;

    private SiteView CreateSite() => new(
        Model.Settings.Title,
        Model.Settings.Description,
        Model.Settings.Language,
        Model.Settings.Author,
        Urls.BasePath,
        Urls.Home,
        Urls.File("assets/css/site.css"),
        Urls.File("assets/js/reader.js"),
        Urls.File("assets/favicon.svg"),
        Urls.File(RenderFeed.Destination),
        [.. Model.Pages.Select(p => new LinkView(p.Title, p.Url))])
    {
        SearchUrl = Urls.Search,
        CollectionTitle = Labels.CollectionTitle,
        CollectionText = Labels.CollectionText,
    };

    public PageView Page(string kind, string title, string description, string url) =>
        new(title, description, url, kind, _navs.GetOrAdd(kind, Nav), Absolute(url));

    // The site navigation as a page of this kind shows it: one list per kind, shared by its thousands of pages.
    private IReadOnlyList<NavView> Nav(string kind) =>
        [.. _kinds.Nav.Select(entry => new NavView(entry.IsCollection ? Labels.CollectionTitle : entry.Title, entry.Url(Urls), _kinds.IsCurrent(entry, kind)))];

    /// <summary>An absolute URL from base_url's origin; without base_url, the root-relative URL is the best there is.</summary>
    public string Absolute(string url) => _absolute.Of(url);

    public static string DateDisplay(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string DateIso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public LinkView TopicLink(Topic topic) => _topicLinks[topic.Id];

    /// <summary>The topics an exchange is filed under, as links.</summary>
    public IReadOnlyList<LinkView> TopicLinks(Exchange exchange) => exchange.Topics.Count switch
    {
        0 => [],
        1 => _topicCombinations.GetOrAdd(exchange.Topics[0].Id, _ => [TopicLink(exchange.Topics[0])]),
        _ => _topicCombinations.GetOrAdd(string.Join('\n', exchange.Topics.Select(t => t.Id)), _ => [.. exchange.Topics.Select(TopicLink)]),
    };

    /// <summary>A speaker's page, made once: every turn on every page links its speaker.</summary>
    public string SpeakerUrl(Speaker speaker) => _speakerUrls.TryGetValue(speaker.Id, out var url) ? url : Urls.Speaker(speaker.Id);

    public LinkView SpeakerLink(Speaker speaker) =>
        new(speaker.Name, SpeakerUrl(speaker), Model.TurnsBySpeaker.TryGetValue(speaker.Id, out var turns) ? turns.Count : 0);

    /// <summary>A term's definition as plain text, made once: the glossary, its term pages, the search index and every transcript's JSON-LD show it.</summary>
    public string PlainDefinition(Term term) => _plainDefinitions[term.Id];

    public LinkView TermLink(Term term) =>
        new(term.Title, Urls.Term(term.Id), Model.TurnsByTerm.TryGetValue(term.Id, out var turns) ? turns.Count : 0);

    public LinkView TranscriptLink(Transcript transcript) => new(transcript.Header.Title, transcript.Url, transcript.Turns.Count);

    /// <summary>Topics of a transcript: every topic any of its exchanges is filed under, in order of first appearance.</summary>
    public IReadOnlyList<LinkView> TopicLinks(Transcript transcript) =>
        [.. transcript.Topics.Select(TopicLink)];

    public TranscriptSummaryView Summary(Transcript transcript) => new(
        transcript.Header.Title,
        transcript.Url,
        DateIso(transcript.Header.Date),
        DateDisplay(transcript.Header.Date),
        transcript.Header.Summary,
        transcript.Header.SourceName,
        [.. transcript.Header.Speakers.Where(s => Model.Registries.Speakers.ContainsKey(s.Id)).Select(s => SpeakerLink(Model.Registries.Speakers[s.Id]))],
        TopicLinks(transcript),
        transcript.Turns.Count,
        transcript.WordCount,
        ReadingMinutes(transcript.WordCount))
    {
        Kind = transcript.Kind.Id,
        KindLabel = KindLabels.Capitalized(transcript.Kind.Singular),
        KindText = transcript.Kind.Singular,
    };

    /// <summary>A common estimate of silent reading speed, in words a minute.</summary>
    public const int WordsPerMinute = 200;

    /// <summary>Whole minutes to read so many words, rounded up; at least one for any text.</summary>
    public static int ReadingMinutes(int words) => (words + WordsPerMinute - 1) / WordsPerMinute;

    /// <summary>A turn shown on another page; <paramref name="html"/> is its portable HTML when the page shows the whole turn.</summary>
    public PassageView Passage(Turn turn, Utf8Html? html = null) => new(
        turn.Speaker.Name,
        SpeakerUrl(turn.Speaker),
        turn.IsInterviewer,
        turn.Url,
        html,
        new Utf8Excerpt(turn.Item.ExcerptUtf8, turn.Item.IsExcerptCut),
        turn.Transcript.Header.Title,
        turn.Transcript.Url,
        turn.Exchange is { } exchange ? TopicLinks(exchange) : []);

    public IEnumerable<QuoteView> Quotes(Turn turn) =>
        turn.Item.Highlights.Count == 0 // most turns: no iterator for them
            ? []
            : turn.Item.Highlights.Select(text => new QuoteView(text, turn.Url, turn.Speaker.Name, SpeakerUrl(turn.Speaker),
                turn.Transcript.Header.Title, turn.Transcript.Url));
}

using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>
/// A press conference beside a briefing: every page names what it shows by its kind, and the moderator's turns are
/// shown but stand outside every exchange and topic (HTML, JSON export, search index).
/// </summary>
public sealed class KindTests : IDisposable
{
    private readonly TestSite _site = TestSite.Build(PublicationFixtures.PressConference).AssertSucceeded();

    public void Dispose() => _site.Dispose();

    private static string Text(IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Build_HasNoWarnings() => Assert.Empty(_site.Result.Diagnostics);

    [Fact]
    public void TranscriptHeader_NamesItsKind()
    {
        Assert.Equal("Press conference", Text(_site.Page("transcripts/press-conference/").QuerySelector(".transcript__header .kicker")));
        Assert.Equal("Briefing", Text(_site.Page("transcripts/briefing/").QuerySelector(".transcript__header .kicker")));
    }

    [Fact]
    public void Citations_NameTheKind()
    {
        var page = _site.Page("transcripts/press-conference/");
        Assert.Equal("Cite this press conference", Text(page.QuerySelector("#cite-title")));
        Assert.Contains("[Press conference]", Text(page.QuerySelector(".cite__styles dd")));
        using var csl = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "transcripts", "press-conference", "cite.json")));
        Assert.Equal("Press conference", csl.RootElement[0].GetProperty("genre").GetString());
        Assert.Contains("M3  - Briefing", File.ReadAllText(Path.Combine(_site.Output, "transcripts", "briefing", "cite.ris")), StringComparison.Ordinal);
    }

    [Fact]
    public void HomePage_IntroducesTheLatestByItsKind()
    {
        var home = _site.Page("");
        Assert.Equal("Latest press conference", Text(home.QuerySelector(".lead .kicker")));
        Assert.Equal("More transcripts", Text(home.QuerySelector("#more-title")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("transcripts/")]
    [InlineData("transcripts/briefing/")]
    [InlineData("topics/rates/")]
    [InlineData("speakers/")]
    [InlineData("search/")]
    public void Navigation_NamesMixedKindsNeutrally(string url)
    {
        var items = _site.Page(url).QuerySelectorAll(".site-nav a").Select(a => Text(a)).ToList();
        Assert.Contains("Transcripts", items);
        Assert.DoesNotContain("Interviews", items);
    }

    [Fact]
    public void SearchAndIndex_UseTheNeutralCollectionName()
    {
        Assert.Equal("Search the transcripts", Text(_site.Page("search/").QuerySelector(".search-form__label")));
        var index = _site.Page("transcripts/");
        Assert.Equal("Transcripts", Text(index.QuerySelector("h1")));
        Assert.Equal(["Press conference", "Briefing"], index.QuerySelectorAll(".interview__kind").Select(e => Text(e)));
    }

    [Fact]
    public void SearchLinksGridAndCitations_NameTheKindsNeutrallyOrEach()
    {
        Assert.Equal("Within this press conference", Text(_site.Page("transcripts/press-conference/").QuerySelector(".facts a[href*='interview=']")));
        Assert.Equal("Within this briefing", Text(_site.Page("transcripts/briefing/").QuerySelector(".facts a[href*='interview=']")));
        Assert.Equal("Topics across the transcripts", Text(_site.Page("topics/").QuerySelector("#topic-grid-title")));
        Assert.Equal("Read the press conference", Text(_site.Page("transcripts/press-conference/cite/").QuerySelector(".citations__header a")));
        Assert.Equal("Read the briefing", Text(_site.Page("transcripts/briefing/cite/").QuerySelector(".citations__header a")));
        // A transcript found by its title is marked with its kind (the entries are the first records).
        using var records = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "search-index", "r", "0.json")));
        var kinds = records.RootElement.EnumerateArray().Select(r => r[0].GetString()).ToList();
        Assert.Equal(["Press conference", "Briefing", "Topic"], kinds.Take(3));
    }

    [Fact]
    public void TopicPages_CountByKind()
    {
        var topic = _site.Page("topics/rates/");
        Assert.Equal("10 exchanges in 1 press conference and 1 briefing", Text(topic.QuerySelector(".page-header__meta")));
        Assert.EndsWith("in this press conference", Text(topic.QuerySelectorAll(".interview-group__meta")[0]));
        Assert.EndsWith("in this briefing", Text(topic.QuerySelectorAll(".interview-group__meta")[1]));
        Assert.Contains("1 press conference and 1 briefing", Text(_site.Page("topics/").QuerySelector(".index-list__meta")));
        Assert.EndsWith("in this press conference", Text(_site.Page("glossary/inflation/").QuerySelector(".interview-group__meta")));
    }

    [Fact]
    public void Speakers_ShowPublicationsAndRoleInEach()
    {
        var index = _site.Page("speakers/");
        IElement Item(string name) => index.QuerySelectorAll(".index-list__item").Single(li => Text(li.QuerySelector("a")) == name);
        Assert.EndsWith("1 press conference and 1 briefing · moderator in 2", Text(Item("Mo Derator").QuerySelector(".index-list__meta")));
        Assert.EndsWith("1 press conference and 1 briefing · reporter in 2", Text(Item("Rita Reporter 2").QuerySelector(".index-list__meta")));
        Assert.EndsWith("1 press conference · reporter in 1", Text(Item("Rita Reporter 3").QuerySelector(".index-list__meta")));
        var page = _site.Page("speakers/moderator/");
        Assert.Equal("In 1 press conference and 1 briefing", Text(page.QuerySelector("#in-title")));
        Assert.Equal(["Press conference", "Briefing"], page.QuerySelectorAll(".speaker-interview__kind").Select(e => Text(e)));
        Assert.Equal(["moderator", "moderator"], page.QuerySelectorAll(".speaker-interview__role").Select(e => Text(e)));
    }

    [Fact]
    public void ModeratorTurns_AreShownOutsideEveryExchange()
    {
        var page = _site.Page("transcripts/press-conference/");
        var moderatorTurns = page.QuerySelectorAll("article.turn--moderator");
        Assert.Equal(PublicationFixtures.Reporters + 1, moderatorTurns.Length);
        Assert.All(moderatorTurns, turn => Assert.Null(turn.Closest(".exchange")));
        Assert.Equal("Next question, number 1.", Text(moderatorTurns[0].QuerySelector(".turn__body")));
        // Each reporter's question opens its own exchange, answered by the chair; the opening statement is one too.
        Assert.Equal(PublicationFixtures.Reporters + 1, page.QuerySelectorAll(".exchange").Length);
        Assert.All(page.QuerySelectorAll(".exchange"), exchange => Assert.Empty(exchange.QuerySelectorAll(".turn--moderator")));
    }

    [Fact]
    public void ModeratorTurns_AreInNoTopicSearchResultOrRelatedPassage()
    {
        foreach (var url in new[] { "topics/rates/", "topics/jobs/", "transcripts/briefing/", "transcripts/press-conference/" })
        {
            var page = _site.Page(url);
            var passages = page.QuerySelectorAll("main .passage, main .excerpt, main .related-passages").ToList();
            Assert.DoesNotContain(passages, p => Text(p).Contains("Next question", StringComparison.Ordinal) || Text(p).Contains("Welcome.", StringComparison.Ordinal));
            Assert.Empty(page.QuerySelectorAll("main .passage a[href='/speakers/moderator/'], main .excerpt a[href='/speakers/moderator/']"));
        }
        Assert.NotEmpty(_site.Page("topics/rates/").QuerySelectorAll("main .passage, main .excerpt"));
        Assert.NotEmpty(_site.Page("transcripts/briefing/").QuerySelectorAll(".related-passages"));
        // Every record of the sharded index: its passages' words are in the record chunks.
        var index = string.Concat(Directory.GetFiles(Path.Combine(_site.Output, "search-index", "r")).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Assert.Contains("Question 1 on inflation?", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Next question", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you all.", index, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonExport_GivesModeratorTurnsNoExchangeAndNoTopics()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "transcripts", "press-conference", "transcript.json")));
        var turns = json.RootElement.GetProperty("turns").EnumerateArray().ToList();
        var moderator = turns.Where(t => t.GetProperty("speaker").GetString() == "moderator").ToList();
        Assert.Equal(PublicationFixtures.Reporters + 1, moderator.Count);
        Assert.All(moderator, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("exchange").ValueKind));
        Assert.All(moderator, t => Assert.Empty(t.GetProperty("topics").EnumerateArray()));
        var others = turns.Except(moderator).ToList();
        Assert.All(others, t => Assert.Equal(JsonValueKind.Number, t.GetProperty("exchange").ValueKind));
        Assert.Equal(["rates"], turns.First(t => t.GetProperty("speaker").GetString() == "reporter-1").GetProperty("topics").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Participants_PrincipalsFirstThenModeratorThenQuestionersCompact()
    {
        var header = _site.Page("transcripts/press-conference/").QuerySelector(".transcript__header")!;
        var listed = header.QuerySelectorAll(".speakers-list li").Select(li => Text(li)).ToList();
        Assert.Equal(["Carla ChairChair of the Board", "Mo DeratorPress officer (moderator)"], listed);
        var questioners = header.QuerySelector("details.questioners")!;
        Assert.Equal("18 reporters", Text(questioners.QuerySelector("summary")));
        var links = questioners.QuerySelectorAll(".questioners__list a").ToList();
        Assert.Equal(PublicationFixtures.Reporters, links.Count);
        Assert.Equal("/speakers/reporter-7/", links[6].GetAttribute("href"));
        Assert.Equal("Rita Reporter 7 (Outlet 7)", Text(links[6].ParentElement));
        // A handful of questioners is listed in full.
        var briefing = _site.Page("transcripts/briefing/").QuerySelector(".transcript__header")!;
        Assert.Null(briefing.QuerySelector("details.questioners"));
        Assert.Equal(4, briefing.QuerySelectorAll(".speakers-list a").Length);
    }

    [Fact]
    public void Feed_AndJsonLd_CarryTheKind()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!;
        var categories = feed.Elements(atom + "entry").Select(e => e.Element(atom + "category")!).ToList();
        Assert.Equal(["press-conference", "briefing"], categories.Select(c => (string?)c.Attribute("term")));
        Assert.Equal(["press conference", "briefing"], categories.Select(c => (string?)c.Attribute("label")));
        using var ld = JsonDocument.Parse(_site.Page("transcripts/briefing/").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("briefing", ld.RootElement.GetProperty("genre").GetString());
        Assert.False(ld.RootElement.TryGetProperty("additionalType", out _));
    }
}

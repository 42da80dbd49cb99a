using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>A podcast-only site is named after its one kind; site.yml relabels kinds and the collection; mistakes are reported.</summary>
public sealed class KindLabelTests
{
    private static string Text(IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Nav(IDocument page) => [.. page.QuerySelectorAll(".site-nav a").Select(a => Text(a))];

    [Fact]
    public void PodcastSite_IsNamedAfterItsOneKindOnEveryPageKind()
    {
        using var site = TestSite.Build(PublicationFixtures.Podcast).AssertSucceeded();
        Assert.Empty(site.Result.Diagnostics);
        foreach (var url in new[] { "", "transcripts/", "transcripts/episode-1/", "topics/", "topics/moon/", "speakers/", "speakers/pat/", "glossary/", "glossary/regolith/", "search/", "404.html" })
        {
            Assert.Contains("Podcast episodes", Nav(site.Page(url)));
        }
        Assert.Equal("Podcast episode", Text(site.Page("transcripts/episode-1/").QuerySelector(".transcript__header .kicker")));
        Assert.Equal("Latest podcast episode", Text(site.Page("").QuerySelector(".lead .kicker")));
        Assert.Equal("Podcast episodes", Text(site.Page("transcripts/").QuerySelector("h1")));
        Assert.Equal("1 exchange in 1 podcast episode", Text(site.Page("topics/moon/").QuerySelector(".page-header__meta")));
        Assert.EndsWith("in this podcast episode", Text(site.Page("glossary/regolith/").QuerySelector(".interview-group__meta")));
        Assert.Equal("2 turns · 1 podcast episode · host in 1", Text(site.Page("speakers/").QuerySelectorAll(".index-list__meta")[0]));
        Assert.Equal("In 1 podcast episode", Text(site.Page("speakers/pat/").QuerySelector("#in-title")));
        Assert.Equal("Search the podcast episodes", Text(site.Page("search/").QuerySelector(".search-form__label")));
        Assert.Equal("Within this podcast episode", Text(site.Page("transcripts/episode-1/").QuerySelector(".facts a[href*='interview=']")));
        Assert.Equal("Read the podcast episode", Text(site.Page("transcripts/episode-1/cite/").QuerySelector(".citations__header a")));
        Assert.Contains("podcast episodes", Text(site.Page("speakers/").QuerySelector(".dek")), StringComparison.Ordinal);
    }

    [Fact]
    public void PodcastHost_AsksAndSoOpensExchanges()
    {
        using var site = TestSite.Build(PublicationFixtures.Podcast).AssertSucceeded();
        var page = site.Page("transcripts/episode-1/");
        Assert.Equal(2, page.QuerySelectorAll(".exchange").Length);
        Assert.Equal(2, page.QuerySelectorAll(".turn--question").Length);
        Assert.Equal(["Sam ScientistLunar scientist", "Pat Presenterhost"], page.QuerySelectorAll(".speakers-list li").Select(li => Text(li)));
    }

    [Fact]
    public void PodcastJsonLdAndFeed_SayWhatItIs()
    {
        using var site = TestSite.Build(PublicationFixtures.Podcast).AssertSucceeded();
        using var ld = JsonDocument.Parse(site.Page("transcripts/episode-1/").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Article", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal("podcast episode", ld.RootElement.GetProperty("genre").GetString());
        Assert.Equal("https://schema.org/PodcastEpisode", ld.RootElement.GetProperty("additionalType").GetString());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var category = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!.Element(atom + "entry")!.Element(atom + "category")!;
        Assert.Equal(("podcast", "podcast episode"), ((string?)category.Attribute("term"), (string?)category.Attribute("label")));
    }

    [Fact]
    public void NoKind_IsAnInterviewAsBefore()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        Assert.Contains("Interviews", Nav(site.Page("")));
        Assert.Equal("Test Weekly · Interview", Text(site.Page("transcripts/first-talk/").QuerySelector(".transcript__header .kicker")));
        Assert.Equal("Latest interview", Text(site.Page("").QuerySelector(".lead .kicker")));
        Assert.Equal("Search the interviews", Text(site.Page("search/").QuerySelector(".search-form__label")));
        Assert.Equal("Within this interview", Text(site.Page("transcripts/first-talk/").QuerySelector(".facts a[href*='interview=']")));
    }

    [Fact]
    public void SiteYml_RelabelsKindsAndNamesTheCollection()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/site.yml --
            title: Test Exchanges
            description: A test publication.
            collection: Conversations on record
            kinds:
              interview: { singular: entretien, plural: entretiens }
              town-hall: { singular: town hall, plural: town halls }
            -- input/transcripts/second.md --
            ---
            title: The Town Hall
            date: 2024-11-08
            kind: town-hall
            speakers:
              - { id: host, role: moderator }
              - { id: guest }
            ---

            @host: Welcome.

            @guest #money: We pay our way.
            """).AssertSucceeded();
        Assert.Contains("Conversations on record", Nav(site.Page("")));
        Assert.Equal("Search the Conversations on record", Text(site.Page("search/").QuerySelector(".search-form__label")));
        Assert.Equal("Within this town hall", Text(site.Page("transcripts/second/").QuerySelector(".facts a[href*='interview=']")));
        Assert.Equal("Within this entretien", Text(site.Page("transcripts/first-talk/").QuerySelector(".facts a[href*='interview=']")));
        Assert.Equal("Topics across the Conversations on record", Text(site.Page("topics/").QuerySelector("#topic-grid-title")));
        Assert.Equal("Latest town hall", Text(site.Page("").QuerySelector(".lead .kicker")));
        Assert.Equal("Test Weekly · Entretien", Text(site.Page("transcripts/first-talk/").QuerySelector(".transcript__header .kicker")));
        Assert.Equal("2 exchanges in 1 entretien and 1 town hall", Text(site.Page("topics/money/").QuerySelector(".page-header__meta")));
    }

    [Fact]
    public void UnknownKind_IsReportedWithFileLineAndSuggestion()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/transcripts/first-talk.md --
            ---
            title: The First Talk
            date: 2024-11-07
            kind: press-conferense
            speakers:
              - { id: host, role: interviewer }
              - { id: guest }
            ---

            @host #money #code: Question on the API?

            @guest: Answer.
            """);
        Assert.False(site.Result.Succeeded);
        var diagnostic = site.Single(DiagnosticCodes.UnknownKind);
        Assert.Equal(("input/transcripts/first-talk.md", 4, 7), (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("did you mean 'press-conference'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KindWithoutPlural_IsReportedInSiteYml()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/site.yml --
            title: Test Exchanges
            description: A test publication.
            kinds:
              town-hall: { singular: town hall }
            """);
        Assert.False(site.Result.Succeeded);
        var diagnostic = site.Single(DiagnosticCodes.MissingField);
        Assert.Equal(("input/site.yml", 4, 14), (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("'plural'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TopicTagOnModeratorTurn_IsWarnedAbout()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/transcripts/first-talk.md --
            ---
            title: The First Talk
            date: 2024-11-07
            speakers:
              - { id: host, role: moderator }
              - { id: guest }
            ---

            @host #money: Next question.

            @guest #code #money: The API answer.
            """);
        var diagnostic = site.Single(DiagnosticCodes.ModeratorTopic);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(("input/transcripts/first-talk.md", 9, 7), (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
    }
}

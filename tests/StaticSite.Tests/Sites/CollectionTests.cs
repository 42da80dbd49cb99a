using StaticSite.Tests.Support;
using static StaticSite.Tests.Support.ExchangeLinks;

namespace StaticSite.Tests.Sites;

/// <summary>What a site of several interviews offers a reader moving between them.</summary>
public sealed class CollectionTests : IDisposable
{
    // A later interview than the minimal site's, with the guest in another role, for another house, and 401 words: three minutes at 200 a minute.
    private static readonly string _secondTalk = $"""
        -- input/transcripts/second-talk.md --
        ---
        title: The Second Talk
        date: 2025-01-10
        speakers:
          - {"{"} id: host, role: interviewer {"}"}
          - {"{"} id: guest, role: panelist, affiliation: Acme Labs {"}"}
        ---

        @host #code: Is the API open source?

        @guest: {string.Join(' ', Enumerable.Repeat("word", 396))}
        """;

    private readonly TestSite _site = TestSite.BuildMinimal(_secondTalk).AssertSucceeded();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void InterviewsIndex_ListsEveryInterviewNewestFirst()
    {
        var page = _site.Page("transcripts/");
        Assert.Equal("Interviews", page.QuerySelector("main h1")!.TextContent.Trim());
        var titles = page.QuerySelectorAll("main li.interview h3 a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("The Second Talk", "/transcripts/second-talk/"), ("The First Talk", "/transcripts/first-talk/")], titles);
    }

    [Fact]
    public void InterviewsIndex_ShowsDateParticipantsTopicsAndReadingTime()
    {
        var items = _site.Page("transcripts/").QuerySelectorAll("main li.interview");
        var second = items[0];
        Assert.Equal("2025-01-10", second.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal(["/speakers/host/", "/speakers/guest/"], second.QuerySelectorAll(".interview__speakers a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/topics/code/"], second.QuerySelectorAll("a.chip").Select(a => a.GetAttribute("href")));
        // 5 words asked, 396 answered: 401 words round up to 3 minutes.
        Assert.Equal("3 min read", second.QuerySelector(".interview__length")!.TextContent);
        Assert.Contains("(401 words)", second.TextContent);
        var first = items[1];
        Assert.Equal(["/topics/money/", "/topics/code/"], first.QuerySelectorAll("a.chip").Select(a => a.GetAttribute("href")));
        Assert.Equal("1 min read", first.QuerySelector(".interview__length")!.TextContent);
        Assert.Contains("(29 words)", first.TextContent);
    }

    [Fact]
    public void InterviewsNavItem_LeadsToTheIndex_AndIsCurrentThereAndOnTranscripts()
    {
        Assert.Equal("/transcripts/", _site.Page("").QuerySelector("nav.site-nav a")!.GetAttribute("href"));
        Assert.Null(_site.Page("").QuerySelector("nav.site-nav a[aria-current]"));
        Assert.Equal("Interviews", _site.Page("transcripts/").QuerySelector("nav.site-nav a[aria-current='page']")!.TextContent);
        Assert.Equal("Interviews", _site.Page("transcripts/first-talk/").QuerySelector("nav.site-nav a[aria-current='page']")!.TextContent);
    }

    [Fact]
    public void TopicPage_GroupsExchangesByInterview_NewestFirst_WithCounts()
    {
        var groups = _site.Page("topics/code/").QuerySelectorAll("main section.interview-group");
        Assert.Equal(["/transcripts/second-talk/", "/transcripts/first-talk/"], groups.Select(g => g.QuerySelector("h3 a")!.GetAttribute("href")));
        Assert.All(groups, g => Assert.Contains("1 exchange in this interview", g.QuerySelector(".interview-group__meta")!.TextContent));
        Assert.Equal("2025-01-10", groups[0].QuerySelector("time")!.GetAttribute("datetime"));
        // Each group holds its own interview's exchanges only.
        Assert.All(groups, g => Assert.All(g.QuerySelectorAll("a.exchange-card__context"),
            a => Assert.StartsWith(g.QuerySelector("h3 a")!.GetAttribute("href")!, a.GetAttribute("href"))));
    }

    [Fact]
    public void TermPage_GroupsPassagesByInterview_NewestFirst_WithCounts()
    {
        var groups = _site.Page("glossary/api/").QuerySelectorAll("main section.interview-group");
        Assert.Equal(["/transcripts/second-talk/", "/transcripts/first-talk/"], groups.Select(g => g.QuerySelector("h3 a")!.GetAttribute("href")));
        // The first talk names the API in three turns ("API", "API access", "APIs"), the second in one.
        Assert.Equal(["1 passage in this interview", "3 passages in this interview"],
            groups.Select(g => g.QuerySelector(".interview-group__meta")!.TextContent.Split(" · ")[1]));
        Assert.All(groups, g => Assert.All(g.QuerySelectorAll("a.excerpt__text"),
            a => Assert.StartsWith(g.QuerySelector("h3 a")!.GetAttribute("href")!, a.GetAttribute("href"))));
    }

    [Fact]
    public void TermPageGroups_CountTheWholeInterview_OnEveryPageOfAPaginatedList()
    {
        var changes = _secondTalk + """

            -- input/site.yml --
            title: Test Exchanges
            description: A test publication.
            language: en
            page_size: 2
            """;
        using var site = TestSite.BuildMinimal(changes).AssertSucceeded();
        var second = site.Page("glossary/api/page/2/").QuerySelectorAll("main section.interview-group");
        var group = Assert.Single(second);
        Assert.Equal("/transcripts/first-talk/", group.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal(2, group.QuerySelectorAll("a.excerpt__text").Length);
        Assert.Contains("3 passages in this interview", group.TextContent);
    }

    [Fact]
    public void Exchanges_OfferRelatedPassagesFromOtherInterviews_RankedBySharedTopicsAndTerms()
    {
        var first = Questions(_site, "first-talk");
        var second = Questions(_site, "second-talk");
        // The second talk's exchange shares the topic Code and the term API with the first talk's second
        // exchange (2 + 1), and the terms API and open source with its first (1 + 1).
        Assert.Equal([first[1], first[0]], Related(_site, "second-talk")[0]);
        // The first talk's exchanges relate to each other by API, but only other interviews are offered.
        Assert.Equal([[second[0]], [second[0]]], Related(_site, "first-talk"));
    }

    [Fact]
    public void RelatedPassages_AreAtMostThree_AndNoneWhereNothingIsShared()
    {
        var third = $"""
            -- input/transcripts/third-talk.md --
            ---
            title: The Third Talk
            date: 2024-01-01
            speakers:
              - {"{"} id: host, role: interviewer {"}"}
              - {"{"} id: guest {"}"}
            ---

            {string.Join("\n\n", Enumerable.Range(1, 5).Select(n => $"@host #code: Question {n}?\n\n@guest: Answer {n}."))}

            @host: Hello?

            @guest: Hi.
            """;
        using var site = TestSite.BuildMinimal(_secondTalk + "\n" + third).AssertSucceeded();
        var thirds = Questions(site, "third-talk");
        // Code and API (3) outrank Code alone (2); among equals the newer interview, then the earlier exchange.
        Assert.Equal([Questions(site, "second-talk")[0], thirds[0], thirds[1]], Related(site, "first-talk")[1]);
        var exchanges = site.Page("transcripts/third-talk/").QuerySelectorAll("div.exchange");
        Assert.Equal(6, exchanges.Length);
        Assert.Null(exchanges[5].QuerySelector(".related-passages"));
    }

    [Fact]
    public void SpeakerPage_ShowsRoleAndAffiliationPerInterview_NewestFirst()
    {
        var interviews = _site.Page("speakers/guest/").QuerySelectorAll("main li.speaker-interview");
        Assert.Equal(["/transcripts/second-talk/", "/transcripts/first-talk/"], interviews.Select(i => i.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("panelist", interviews[0].QuerySelector(".speaker-interview__role")!.TextContent);
        Assert.Equal("Acme Labs", interviews[0].QuerySelector(".speaker-interview__affiliation")!.TextContent);
        Assert.Contains("1 turn", interviews[0].TextContent);
        // The first talk's front matter gives the guest neither.
        Assert.Null(interviews[1].QuerySelector(".speaker-interview__role"));
        Assert.Null(interviews[1].QuerySelector(".speaker-interview__affiliation"));
        Assert.Contains("2 turns", interviews[1].TextContent);
        Assert.Equal("interviewer", _site.Page("speakers/host/").QuerySelector("main li.speaker-interview .speaker-interview__role")!.TextContent);
    }
}

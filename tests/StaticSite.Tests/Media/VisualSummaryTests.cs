using StaticSite.Tests.Support;

namespace StaticSite.Tests.Media;

/// <summary>
/// The build-time inline SVG summaries: the topic strip and speaker share on a transcript page, and the
/// topics × interviews grid on the topics index; each with its text form and its links leading somewhere real.
/// </summary>
public sealed class VisualSummaryTests
{
    // The minimal talk: exchange 1 (#money) is 7 + 16 words, exchange 2 (#code) 4 + 2; the host says 11, the guest 18.
    [Fact]
    public void TopicStrip_HasARowPerTopic_AndAMarkPerExchangeWhereItsWordsStart()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        var rows = page.QuerySelectorAll(".topic-strip__row");
        Assert.Equal(["Money", "Code"], rows.Select(r => r.QuerySelector(".topic-strip__topic")!.TextContent));
        var code = rows[1].QuerySelectorAll("svg a");
        var mark = Assert.Single(code);
        Assert.Equal("79.31", mark.QuerySelector("rect")!.GetAttribute("x"));
        Assert.Equal("20.69", mark.QuerySelector("rect")!.GetAttribute("width"));
        Assert.Equal("Exchange 2 of 2, 79% of the way through", mark.QuerySelector("title")!.TextContent);
        Assert.Equal("Money: 1 exchange", rows[0].QuerySelector("svg")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void TopicStripMarks_LinkToTheirExchangesFirstTurn()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        var questions = page.QuerySelectorAll("article.turn--question").Select(t => "#" + t.Id).ToList();
        var marks = page.QuerySelectorAll(".topic-strip__row svg a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(questions, marks);
        // The table says the same in text, link for link.
        Assert.Equal(marks, page.QuerySelectorAll(".topic-strip__text td a").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public void TopicStripOfATimedTranscript_PlacesMarksByTime()
    {
        using var site = TestSite.BuildMinimal(TimedTranscriptTests.Timed).AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        Assert.Contains("from 0:00 to 2:30", page.QuerySelector(".topic-strip__caption")!.TextContent);
        var mark = page.QuerySelectorAll(".topic-strip__row")[1].QuerySelector("svg a")!;
        Assert.Equal("43.33", mark.QuerySelector("rect")!.GetAttribute("x"));
        Assert.Equal("Exchange 2 of 2, at 1:05", mark.QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void SpeakerShare_DrawsEachSpeakersWords_AndSaysThemInALegend()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        var bars = page.QuerySelectorAll(".speaker-share__bar rect");
        Assert.Equal([("0", "37.93"), ("37.93", "62.07")], bars.Select(r => (r.GetAttribute("x"), r.GetAttribute("width"))));
        Assert.Equal(["The Host 38% (11 words)", "Ada Guest 62% (18 words)"],
            page.QuerySelectorAll(".speaker-share__legend li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void TranscriptWithoutTopics_HasNoTopicStrip()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/transcripts/first-talk.md --
            ---
            title: The First Talk
            date: 2024-11-07
            speakers:
              - { id: host, role: interviewer }
              - { id: guest }
            ---

            @host: Question?

            @guest: Answer.
            """);
        Assert.Null(site.Page("transcripts/first-talk/").QuerySelector(".topic-strip"));
        Assert.NotNull(site.Page("transcripts/first-talk/").QuerySelector(".speaker-share"));
    }

    private const string SecondTalk = """
        -- input/site.yml --
        title: Test Exchanges
        description: A test publication.
        language: en
        page_size: 1
        -- input/transcripts/second-talk.md --
        ---
        title: The Second Talk
        date: 2024-12-01
        speakers:
          - { id: host, role: interviewer }
          - { id: guest }
        ---

        @host #money: And the money now?

        @guest: Still APIs.

        @host #money: And later?

        @guest: More APIs.
        """;

    [Fact]
    public void TopicGrid_CountsEachTopicsExchangesPerInterview()
    {
        using var site = TestSite.BuildMinimal(SecondTalk).AssertSucceeded();
        var grid = site.Page("topics/").QuerySelector("table.topic-grid__table")!;
        Assert.Equal(["Topic", "The Second Talk", "The First Talk"], grid.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = grid.QuerySelectorAll("tbody tr");
        Assert.Equal(["Code", "", "1"], rows[0].Children.Select(c => c.TextContent.Replace("none", "").Trim()));
        Assert.Equal(["Money", "2", "1"], rows[1].Children.Select(c => c.TextContent.Trim()));
        Assert.Equal("Money in The Second Talk: 2 exchanges", rows[1].QuerySelector("td a")!.GetAttribute("aria-label"));
        Assert.NotNull(rows[1].QuerySelector("td a svg circle"));
    }

    [Fact]
    public void TopicGridCells_LinkToTheTopicPageThatHoldsThatInterviewsPassages()
    {
        using var site = TestSite.BuildMinimal(SecondTalk).AssertSucceeded();
        var links = site.Page("topics/").QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td a").Select(a => a.GetAttribute("href")!).ToList();
        // One exchange a page: the second talk's two come first, so the first talk's is on page 3.
        Assert.Equal(["/topics/money/#interview-second-talk", "/topics/money/page/3/#interview-first-talk"], links);
        foreach (var link in links)
        {
            var (path, anchor) = (link[1..link.IndexOf('#')], link[(link.IndexOf('#') + 1)..]);
            var group = site.Page(path).GetElementById(anchor);
            Assert.NotNull(group);
            Assert.Contains(anchor == "interview-first-talk" ? "The First Talk" : "The Second Talk", group.QuerySelector(".interview-group__title")!.TextContent);
        }
    }

    [Theory]
    [InlineData(39, true)] // with the minimal site's own: 40 interviews, still a readable grid
    [InlineData(40, false)] // 41: a grid too wide to read; the topics index lists counts instead
    public void TopicGrid_IsDrawnUpToFortyInterviews(int added, bool drawn)
    {
        var talks = string.Concat(Enumerable.Range(1, added).Select(n => $$"""
            -- input/transcripts/talk-{{n}}.md --
            ---
            title: Talk {{n}}
            date: 2023-01-{{n % 28 + 1:00}}
            speakers:
              - { id: host, role: interviewer }
              - { id: guest }
            ---

            @host #money: Question {{n}}?

            @guest: Answer {{n}}.

            """));
        using var site = TestSite.BuildMinimal(talks).AssertSucceeded();
        Assert.Equal(drawn, site.Page("topics/").QuerySelector("table.topic-grid__table") is not null);
    }

    [Fact]
    public void TopicGrid_IsLeftOut_WithASingleInterview()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        Assert.Null(site.Page("topics/").QuerySelector(".topic-grid"));
    }
}

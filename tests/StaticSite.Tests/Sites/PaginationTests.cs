using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>Long topic, speaker and term pages continue on numbered pages of site.yml's page_size entries.</summary>
public sealed class PaginationTests : IDisposable
{
    private readonly TestSite _site = TestSite.BuildMinimal("""
        -- input/site.yml --
        title: Test Exchanges
        description: A test publication.
        page_size: 1
        """).AssertSucceeded();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void SpeakerWithTwoTurns_HasTwoPagesLinkedToEachOther()
    {
        var first = _site.Page("speakers/guest/");
        var second = _site.Page("speakers/guest/page/2/");
        Assert.NotNull(first.QuerySelector("nav.pager a[rel='next'][href='/speakers/guest/page/2/']"));
        Assert.NotNull(second.QuerySelector("nav.pager a[rel='prev'][href='/speakers/guest/']"));
        Assert.Equal("2", second.QuerySelector("nav.pager a[aria-current='page']")!.TextContent);
        var firstTurns = first.QuerySelectorAll("ol.excerpts a[href^='/transcripts/first-talk/#guest-']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        var secondTurns = second.QuerySelectorAll("ol.excerpts a[href^='/transcripts/first-talk/#guest-']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Single(firstTurns);
        Assert.Single(secondTurns);
        Assert.NotEqual(firstTurns[0], secondTurns[0]);
        Assert.Contains("page 2 of 2", second.Title);
    }

    [Fact]
    public void TermWithThreeOccurrences_HasThreePages()
    {
        Assert.True(_site.Exists("glossary/api/page/3/index.html"));
        Assert.False(_site.Exists("glossary/api/page/4/index.html"));
    }

    [Fact]
    public void SinglePage_HasNoPager()
    {
        Assert.Null(_site.Page("topics/money/").QuerySelector("nav.pager"));
    }

    [Fact]
    public void LongList_PagerShowsAWindowWithGaps()
    {
        var turns = string.Join("\n\n", Enumerable.Range(1, 12).Select(n => $"@guest: Answer number {n}."));
        using var site = TestSite.BuildMinimal($"""
            -- input/site.yml --
            title: Test Exchanges
            description: A test publication.
            page_size: 1
            -- input/transcripts/long-talk.md --
            ---
            title: The Long Talk
            date: 2024-12-01
            speakers:
              - {"{"} id: guest {"}"}
            ---

            {turns}
            """).AssertSucceeded();

        // Ada Guest has 14 turns: two in the first talk, twelve in this one.
        var middle = site.Page("speakers/guest/page/7/");
        Assert.Equal(["1", "…", "5", "6", "7", "8", "9", "…", "14"], middle.QuerySelectorAll("nav.pager li").Select(li => li.TextContent).ToList());
        Assert.Equal("7", middle.QuerySelector("nav.pager a[aria-current='page']")!.TextContent);
        Assert.All(middle.QuerySelectorAll("nav.pager li.pager__gap"), gap => Assert.Equal("true", gap.GetAttribute("aria-hidden")));
        Assert.Equal("/speakers/guest/page/14/", middle.QuerySelectorAll("nav.pager li a").Last().GetAttribute("href"));
        var first = site.Page("speakers/guest/");
        Assert.Equal(["1", "2", "3", "…", "14"], first.QuerySelectorAll("nav.pager li").Select(li => li.TextContent).ToList());
    }

    [Theory]
    [InlineData(1, 12, "1 2 3 …12")]
    [InlineData(5, 12, "1 2 3 4 5 6 7 …12")]
    [InlineData(6, 12, "1 …4 5 6 7 8 …12")]
    [InlineData(8, 12, "1 …6 7 8 9 10 11 12")]
    [InlineData(12, 12, "1 …10 11 12")]
    [InlineData(1, 7, "1 2 3 4 5 6 7")]
    [InlineData(1, 1, "1")]
    public void PagerWindow_KeepsEndsAndNeighbours_AndNeverHidesASinglePage(int number, int count, string expected)
    {
        var urls = Enumerable.Range(1, count).Select(n => $"/p/{n}/").ToList();
        var pager = new StaticSite.Rendering.Views.PagerView(number, urls);
        Assert.Equal(expected, string.Join(" ", pager.Pages.Select(p => (p.GapBefore ? "…" : "") + p.Number)));
        Assert.Single(pager.Pages, p => p.Current);
        Assert.Equal(number, pager.Pages.Single(p => p.Current).Number);
    }

    [Fact]
    public void InvalidPageSize_IsReported()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/site.yml --
            title: T
            description: D
            page_size: zero
            """);
        Assert.False(site.Result.Succeeded);
        Assert.Equal(3, site.Single(StaticSite.Diagnostics.DiagnosticCodes.WrongValueType).Location.Line);
    }
}

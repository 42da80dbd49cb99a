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

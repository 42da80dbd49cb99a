using System.Globalization;
using System.Text;
using System.Xml.Linq;
using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>
/// The home page and the feed stay the same size however many interviews there are: the latest home_size and
/// feed_size of them; the archive at /transcripts/ has them all, page_size to a page, by year.
/// </summary>
public sealed class BoundedIndexTests
{
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";

    // Seven talks over three years, newest 2025-03-07; the minimal site's first talk (2024-11-07) makes eight.
    private static string Talks(string siteYml)
    {
        var tree = new StringBuilder("-- input/site.yml --\ntitle: Test Exchanges\ndescription: A test publication.\nbase_url: https://example.org/\n" + siteYml + "\n");
        (string Slug, string Date)[] talks =
        [
            ("talk-a", "2025-03-07"), ("talk-b", "2025-01-10"), ("talk-c", "2024-12-01"), ("talk-d", "2024-06-01"),
            ("talk-e", "2024-02-01"), ("talk-f", "2023-09-01"), ("talk-g", "2023-01-05"),
        ];
        foreach (var (slug, date) in talks)
        {
            tree.Append(CultureInfo.InvariantCulture, $"-- input/transcripts/{slug}.md --\n---\ntitle: Talk {slug[^1..].ToUpperInvariant()}\ndate: {date}\nspeakers:\n  - {{ id: host, role: interviewer }}\n---\n\n@host #code: A question?\n");
        }
        return tree.ToString();
    }

    [Fact]
    public void HomePage_ShowsTheLatestHomeSizeInterviews_AndLinksToTheArchive()
    {
        using var site = TestSite.BuildMinimal(Talks("home_size: 3")).AssertSucceeded();
        var home = site.Page("");
        Assert.Equal("/transcripts/talk-a/", home.QuerySelector(".lead__title a")!.GetAttribute("href"));
        Assert.Equal(["/transcripts/talk-b/", "/transcripts/talk-c/"], home.QuerySelectorAll(".cards h3 a").Select(a => a.GetAttribute("href")));
        var archive = home.QuerySelector("a[href='/transcripts/']:not(nav a)")!;
        Assert.Contains("All 8 interviews", archive.TextContent);
    }

    [Fact]
    public void HomePage_WithEveryInterviewShown_HasNoArchiveLinkOfItsOwn()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        Assert.Null(site.Page("").QuerySelector(".home-archive"));
    }

    [Fact]
    public void HomePage_ByDefault_ShowsTen()
    {
        using var site = TestSite.BuildMinimal(Talks("") + Talks("").Replace("talk-", "more-").Replace("-- input/site.yml --\n", "-- input/ignored.txt --\n")).AssertSucceeded();
        var home = site.Page("");
        Assert.Equal(1 + 9, home.QuerySelectorAll(".lead__title a, .cards h3 a").Length);
        Assert.Contains("All 15 interviews", home.QuerySelector(".home-archive")!.TextContent);
    }

    [Fact]
    public void Archive_IsPaginatedByPageSize_AndGroupedByYearNewestFirst()
    {
        using var site = TestSite.BuildMinimal(Talks("page_size: 3")).AssertSucceeded();
        var first = site.Page("transcripts/");
        Assert.Equal(["2025", "2024"], first.QuerySelectorAll("main section.archive-year h2").Select(h => h.TextContent));
        Assert.Equal(["/transcripts/talk-a/", "/transcripts/talk-b/"], first.QuerySelectorAll("#year-2025 ~ ul h3 a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(first.QuerySelector("nav.pager a[rel='next'][href='/transcripts/page/2/']"));
        Assert.Contains("8 interviews", first.QuerySelector(".page-header__meta")!.TextContent);

        var second = site.Page("transcripts/page/2/");
        Assert.Equal("Interviews (page 2 of 3)", second.Title!.Split(" · ")[0].Split(" | ")[0].Trim());
        Assert.Equal(["/transcripts/first-talk/", "/transcripts/talk-d/", "/transcripts/talk-e/"],
            second.QuerySelectorAll("main li.interview h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["2024"], second.QuerySelectorAll("main section.archive-year h2").Select(h => h.TextContent));

        var third = site.Page("transcripts/page/3/");
        Assert.Equal(["2023"], third.QuerySelectorAll("main section.archive-year h2").Select(h => h.TextContent));
        Assert.Equal(2, third.QuerySelectorAll("main li.interview").Length);
        Assert.NotNull(third.QuerySelector("nav.pager a[rel='prev'][href='/transcripts/page/2/']"));
        Assert.Equal("Interviews", third.QuerySelector("nav.site-nav a[aria-current='page']")!.TextContent);
    }

    [Theory]
    [InlineData("feed_size: 3", 3)]
    [InlineData("", 8)]
    public void Feed_CarriesTheLatestFeedSizeEntries(string siteYml, int count)
    {
        using var site = TestSite.BuildMinimal(Talks(siteYml)).AssertSucceeded();
        var entries = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!.Elements(_atom + "entry").ToList();
        Assert.Equal(count, entries.Count);
        Assert.Equal("Talk A", entries[0].Element(_atom + "title")!.Value);
        Assert.Equal(["Talk A", "Talk B", "Talk C"], entries.Take(3).Select(e => e.Element(_atom + "title")!.Value));
    }

    [Fact]
    public void Feed_ByDefault_CarriesTwenty()
    {
        var many = string.Concat(Enumerable.Range(1, 24).Select(i => $"-- input/transcripts/t{i:00}.md --\n---\ntitle: T{i:00}\ndate: 2020-01-{i:00}\nspeakers:\n  - {{ id: host, role: interviewer }}\n---\n\n@host: Hello?\n"));
        using var site = TestSite.BuildMinimal(many).AssertSucceeded();
        var entries = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!.Elements(_atom + "entry").ToList();
        Assert.Equal(20, entries.Count);
        Assert.Equal("The First Talk", entries[0].Element(_atom + "title")!.Value);
    }

    [Theory]
    [InlineData("feed_size: 0", DiagnosticCodes.InvalidFeedSize, 12)]
    [InlineData("feed_size: all", DiagnosticCodes.InvalidFeedSize, 12)]
    [InlineData("home_size: -2", DiagnosticCodes.InvalidHomeSize, 12)]
    public void BadFeedOrHomeSize_IsAnErrorAtTheValue(string line, string code, int column)
    {
        using var site = TestSite.BuildMinimal($"-- input/site.yml --\ntitle: Test Exchanges\ndescription: A test publication.\n{line}\n");
        Assert.False(site.Result.Succeeded);
        var error = site.Single(code);
        Assert.Equal("input/site.yml", error.Location.Path);
        Assert.Equal((3, column), (error.Location.Line, error.Location.Column));
        Assert.Contains("must be a whole number of at least 1", error.Message);
        Assert.Contains("(default ", error.Message);
    }
}

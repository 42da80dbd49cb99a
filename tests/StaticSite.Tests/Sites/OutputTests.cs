using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>Writing: atomic replacement, refusal of dangerous folders, determinism, link validation.</summary>
public sealed class OutputTests
{
    [Fact]
    public void FailedBuild_LeavesThePreviousOutputUntouched()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        var before = File.ReadAllText(Path.Combine(site.Output, "transcripts/first-talk/index.html"));
        using var failed = site.Rebuild("-- input/topics.yml --\nmoney: [\n");
        Assert.False(failed.Result.Succeeded);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "transcripts/first-talk/index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.staging*"));
    }

    [Fact]
    public void SuccessfulRebuild_RemovesPagesThatNoLongerExist()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        File.Delete(Path.Combine(site.Root, "input/pages/about.md"));
        using var rebuilt = site.Rebuild().AssertSucceeded();
        Assert.False(rebuilt.Exists("about/index.html"));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("input")]
    [InlineData("input/site")]
    public void DangerousOutputFolder_IsRefused(string output)
    {
        using var site = TestSite.BuildMinimal(configure: o => o with { OutputDirectory = output });
        Assert.False(site.Result.Succeeded);
        site.Single(DiagnosticCodes.OutputRefused);
        Assert.True(File.Exists(Path.Combine(site.Root, "input/site.yml")));
    }

    [Fact]
    public void RefusedOutputOutsideTheWorkingFolder_IsShownAbsolute()
    {
        using var site = TestSite.BuildMinimal(configure: o => o with
        {
            WorkingDirectory = Path.Combine(o.WorkingDirectory, "a", "b"),
            InputDirectory = Path.Combine(o.WorkingDirectory, "input"),
            OutputDirectory = Path.Combine(o.WorkingDirectory, "input", "site"),
        });
        var refused = site.Single(DiagnosticCodes.OutputRefused);
        var output = Path.Combine(site.Root, "input", "site");
        Assert.Equal(output, refused.Location.Path);
        Assert.StartsWith($"refusing to write the site to '{output}': it would replace '{Path.Combine(site.Root, "input")}'", refused.Message);
        Assert.DoesNotContain("..", refused.ToString());
    }

    [Fact]
    public void OutputOutsideWorkingAndSiteFolder_IsRefusedUnlessForced()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), "staticsite-tests", "elsewhere-" + Guid.NewGuid().ToString("N"));
        using var refused = TestSite.BuildMinimal(configure: o => o with { WorkingDirectory = Path.Combine(o.WorkingDirectory, "elsewhere-cwd"), InputDirectory = Path.Combine(o.WorkingDirectory, "input"), OutputDirectory = elsewhere });
        Assert.False(refused.Result.Succeeded);
        refused.Single(DiagnosticCodes.OutputRefused);
        using var forced = refused.Rebuild(configure: o => o with { WorkingDirectory = Path.Combine(o.WorkingDirectory, "elsewhere-cwd"), InputDirectory = Path.Combine(o.WorkingDirectory, "input"), OutputDirectory = elsewhere, Force = true });
        forced.AssertSucceeded();
        Assert.True(File.Exists(Path.Combine(elsewhere, "index.html")));
        Directory.Delete(elsewhere, recursive: true);
    }

    [Fact]
    public void OutputBesideAnInputFolderElsewhere_IsAllowed()
    {
        using var site = TestSite.BuildMinimal(configure: o => o with
        {
            WorkingDirectory = Path.Combine(o.WorkingDirectory, "elsewhere-cwd"),
            InputDirectory = Path.Combine(o.WorkingDirectory, "input"),
            OutputDirectory = Path.Combine(o.WorkingDirectory, "output"),
        });
        site.AssertSucceeded();
        Assert.True(site.Exists("index.html"));
    }

    [Fact]
    public void TwoBuilds_AreByteIdentical()
    {
        using var first = TestSite.BuildMinimal().AssertSucceeded();
        var a = Snapshot(first.Output);
        using var second = first.Rebuild().AssertSucceeded();
        Assert.Equal(a, Snapshot(second.Output));
    }

    [Fact]
    public void BrokenLinkInMarkdown_IsAnErrorNamingThePage()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/pages/about.md --
            ---
            title: About
            ---

            See [nowhere](/nowhere/) and [a missing anchor](/transcripts/first-talk/#no-such-turn).
            """);
        Assert.False(site.Result.Succeeded);
        var link = site.Single(DiagnosticCodes.BrokenLink);
        Assert.Equal("input/pages/about.md", link.Location.Path);
        Assert.Contains("/about/", link.Message);
        Assert.Contains("'/nowhere/'", link.Message);
        Assert.Contains("#no-such-turn", site.Single(DiagnosticCodes.BrokenAnchor).Message);
    }

    [Fact]
    public void BasePath_PrefixesEveryInternalLink()
    {
        using var site = TestSite.BuildMinimal(configure: o => o with { BasePath = "/pub/" }).AssertSucceeded();
        foreach (var url in new[] { "", "transcripts/first-talk/", "topics/money/", "glossary/api/", "404.html" })
        {
            var page = site.Page(url);
            var links = page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#') && !h.Contains("://"));
            Assert.All(links, href => Assert.StartsWith("/pub/", href));
        }
    }

    [Fact]
    public void Summary_CountsEachPageOnce()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        Assert.Equal(Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Length, site.Result.PagesWritten);
    }

    [Fact]
    public void RootLinksInMarkdown_GetTheBasePath()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/pages/about.md --
            ---
            title: About
            ---

            See [the first talk](/transcripts/first-talk/), [money](/topics/money/) and [elsewhere](https://example.org/x/).
            """, o => o with { BasePath = "/pub/" }).AssertSucceeded();
        var links = site.Page("about/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/pub/transcripts/first-talk/", links);
        Assert.Contains("/pub/topics/money/", links);
        Assert.Contains("https://example.org/x/", links);
    }

    [Fact]
    public void NotFoundPage_LinksWorkAtAnyDepthUnderTheBasePath()
    {
        using var site = TestSite.BuildMinimal(configure: o => o with { BasePath = "/pub/" }).AssertSucceeded();
        var page = site.Page("404.html");
        var hrefs = page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.True(href.StartsWith("/pub/", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal), href));
    }

    [Fact]
    public void TurnAnchors_SurviveATypoFixAndANewExchangeEarlierInTheFile()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        var before = site.Page("transcripts/first-talk/").QuerySelectorAll("article.turn").Select(t => t.Id).ToList();
        var path = Path.Combine(site.Root, "input/transcripts/first-talk.md");
        var text = File.ReadAllText(path)
            .Replace("A second paragraph of the answer.", "A second paragraf of the answer, corrected.")
            .Replace("## Beginnings\n", "## Beginnings\n\n@host #code: A new first question?\n\n@guest: A new first answer.\n");
        File.WriteAllText(path, text);
        using var after = site.Rebuild().AssertSucceeded();
        var anchors = after.Page("transcripts/first-talk/").QuerySelectorAll("article.turn").Select(t => t.Id).ToList();
        Assert.Equal(before.Count + 2, anchors.Count);
        Assert.Equal(before, anchors.Skip(2));
    }

    [Fact]
    public void CheckMode_WritesNothing()
    {
        using var site = TestSite.BuildMinimal(configure: o => o with { DryRun = true }).AssertSucceeded();
        Assert.False(Directory.Exists(site.Output));
    }

    internal static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}

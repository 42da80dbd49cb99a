using StaticSite.Input;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.EndToEnd;

/// <summary>The real publication: every page kind, every anchor, every internal link, and counts that agree.</summary>
public sealed class RealSiteTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private const string Transcript = "/transcripts/mistral-ceo-on-europe/";

    [Fact]
    public void Build_SucceedsWithoutWarnings()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        Assert.Empty(site.Result.Diagnostics);
    }

    [Fact]
    public void EveryPageKind_Exists()
    {
        var registries = YamlIds();
        Assert.Contains("/index.html", site.Pages.Keys);
        Assert.Contains(Transcript + "index.html", site.Pages.Keys);
        Assert.Contains("/404.html", site.Pages.Keys);
        Assert.Contains("/about/index.html", site.Pages.Keys);
        foreach (var (kind, ids) in registries)
        {
            Assert.Contains($"/{kind}/index.html", site.Pages.Keys);
            Assert.All(ids, id => Assert.Contains($"/{kind}/{id}/index.html", site.Pages.Keys));
        }
    }

    [Fact]
    public void EveryTurn_HasAUniqueValidAnchor()
    {
        var turns = site.Page(Transcript).QuerySelectorAll("article.turn");
        Assert.Equal(26, turns.Length);
        Assert.All(turns, t => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", t.Id));
        Assert.Equal(turns.Length, turns.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void EveryInternalLinkAndAnchor_Resolves()
    {
        var checkedLinks = 0;
        foreach (var (path, page) in site.Pages)
        {
            foreach (var element in page.QuerySelectorAll("a[href], link[href], img[src], script[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (href.Contains("://") || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var (target, fragment) = Resolve(path, href);
                Assert.True(File.Exists(Path.Combine(site.Output, target.TrimStart('/'))), $"{path}: broken link {href}");
                if (fragment is not null && target.EndsWith(".html", StringComparison.Ordinal))
                    Assert.True(site.Pages[target].GetElementById(fragment) is not null, $"{path}: missing anchor {href}");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void TopicPages_ListEveryExchangeFiledUnderThem()
    {
        var transcript = site.Page(Transcript);
        foreach (var topic in YamlIds()["topics"])
        {
            var chips = transcript.QuerySelectorAll($"a[href='/topics/{topic}/']").Length;
            var page = site.Page($"/topics/{topic}/");
            var questionLinks = page.QuerySelectorAll($"a[href^='{Transcript}#time-']").Select(a => a.GetAttribute("href")).Distinct().Count();
            Assert.True(questionLinks > 0, $"topic {topic} lists no exchange");
            Assert.True(chips >= questionLinks, $"topic {topic}: {questionLinks} exchanges listed, {chips} chips on the transcript");
        }
    }

    [Fact]
    public void SpeakerPages_ListEveryTurn()
    {
        var turns = site.Page(Transcript).QuerySelectorAll("article.turn");
        foreach (var speaker in new[] { "time", "arthur-mensch" })
        {
            var expected = turns.Where(t => t.QuerySelector($"a[href='/speakers/{speaker}/']") is not null).Select(t => Transcript + "#" + t.Id).ToHashSet();
            var listed = site.Page($"/speakers/{speaker}/").QuerySelectorAll($"a[href^='{Transcript}#']").Select(a => a.GetAttribute("href")!).ToHashSet();
            Assert.Equal(13, expected.Count);
            Assert.Superset(expected, listed);
        }
    }

    [Fact]
    public void Glossary_HasAtLeastTwentyTermsThatOccur()
    {
        var terms = YamlIds()["glossary"];
        Assert.True(terms.Count >= 20);
        var transcript = site.Page(Transcript);
        Assert.All(terms, id => Assert.NotNull(transcript.QuerySelector($"a.term[href='/glossary/{id}/']")));
        Assert.All(terms, id => Assert.NotEmpty(site.Page($"/glossary/{id}/").QuerySelectorAll($"main a[href^='{Transcript}#']")));
    }

    [Fact]
    public void Transcript_HasNotesHighlightsAndInsertions()
    {
        var page = site.Page(Transcript);
        Assert.True(page.QuerySelectorAll("aside.margin-notes li").Length >= 3);
        Assert.True(page.QuerySelectorAll("mark.highlight").Length >= 3);
        Assert.Contains(page.QuerySelectorAll("span.insertion"), s => s.TextContent == "[euros]");
        Assert.Contains(page.QuerySelectorAll("span.insertion"), s => s.QuerySelector("a.term[href='/glossary/amazon-web-services/']") is not null);
        Assert.Contains("TIME", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void TwoBuilds_AreByteIdentical()
    {
        var second = Path.Combine(Path.GetDirectoryName(site.Output)!, "second");
        var result = Pipeline.SiteBuilder.Build(new Pipeline.BuildOptions
        {
            WorkingDirectory = RepoPaths.Root, InputDirectory = RepoPaths.Input, ThemeDirectory = RepoPaths.Theme, OutputDirectory = second, Force = true,
        });
        Assert.True(result.Succeeded);
        Assert.Equal(Sites.OutputTests.Snapshot(site.Output), Sites.OutputTests.Snapshot(second));
    }

    [Fact]
    public void UnderABasePath_TheRealSiteBuildsAndEveryLinkStartsWithIt()
    {
        var output = Path.Combine(Path.GetDirectoryName(site.Output)!, "repo");
        var result = Pipeline.SiteBuilder.Build(new Pipeline.BuildOptions
        {
            WorkingDirectory = RepoPaths.Root, InputDirectory = RepoPaths.Input, ThemeDirectory = RepoPaths.Theme, OutputDirectory = output, Force = true,
            BasePath = "/repo/",
        });
        // A successful build means every internal link and anchor resolved under /repo/ (the build checks them all).
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            var internalLinks = page.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => !h.Contains("://", StringComparison.Ordinal) && !h.StartsWith('#') && !h.StartsWith("mailto:", StringComparison.Ordinal));
            Assert.All(internalLinks, href => Assert.StartsWith("/repo/", href));
        }
    }

    private static (string Target, string? Fragment) Resolve(string pagePath, string href)
    {
        var uri = new Uri(new Uri("http://site" + pagePath), href);
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        if (path.EndsWith('/')) path += "index.html";
        return (path, uri.Fragment.Length > 1 ? Uri.UnescapeDataString(uri.Fragment[1..]) : null);
    }

    private static Dictionary<string, List<string>> YamlIds()
    {
        var bag = new Diagnostics.DiagnosticBag();
        List<string> Keys(string file) =>
            [.. YamlMappingReader.Read(File.ReadAllText(Path.Combine(RepoPaths.Input, file)), file, 0, bag)!.Entries().Select(e => e.Key)];
        return new()
        {
            ["topics"] = Keys("topics.yml"),
            ["speakers"] = Keys("speakers.yml"),
            ["glossary"] = Keys("glossary.yml"),
        };
    }
}

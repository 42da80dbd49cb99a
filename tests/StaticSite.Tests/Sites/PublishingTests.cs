using System.Xml.Linq;
using StaticSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Tests.Sites;

/// <summary>What search engines, feed readers and GitHub Pages read: sitemap.xml, robots.txt, feed.xml and the Pages workflow.</summary>
public sealed class PublishingTests
{
    // page_size 1 so that the speaker's two turns make a paginated page (speakers/guest/page/2/).
    private const string WithBaseUrl = """
        -- input/site.yml --
        title: Test Exchanges
        description: A test publication.
        language: en
        base_url: https://example.org/pub/
        page_size: 1
        -- input/transcripts/second-talk.md --
        ---
        title: The Second Talk
        date: 2025-03-01
        summary: A later talk.
        speakers:
          - { id: host, role: interviewer }
          - { id: guest }
        ---

        @host #money: Anything new?

        @guest: Not much.
        """;

    private static readonly XNamespace _sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData(null, "https://example.org/pub/")] // base_url's path
    [InlineData("/repo/", "https://example.org/repo/")] // --base-path wins, as in the workflow for a project site
    [InlineData("/", "https://example.org/")] // the workflow's argument for a user site or custom domain
    public void Sitemap_ListsEveryPageButNotFound_SortedAndAbsolute(string? basePath, string prefix)
    {
        using var site = Build(basePath);
        var locations = Read(site, "sitemap.xml").Descendants(_sitemap + "loc").Select(l => l.Value).ToList();
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => f != "404.html")
            .Select(f => prefix + (f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f))
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, locations);
        Assert.All(locations, l => Assert.StartsWith(prefix, l));
        Assert.Contains(prefix + "speakers/guest/page/2/", locations);
    }

    [Fact]
    public void Sitemap_TranscriptLastmodIsItsDate_OtherPagesHaveNone()
    {
        using var site = Build();
        var urls = Read(site, "sitemap.xml").Descendants(_sitemap + "url")
            .ToDictionary(u => u.Element(_sitemap + "loc")!.Value, u => u.Element(_sitemap + "lastmod")?.Value);
        Assert.Equal("2024-11-07", urls["https://example.org/pub/transcripts/first-talk/"]);
        Assert.Equal("2025-03-01", urls["https://example.org/pub/transcripts/second-talk/"]);
        Assert.All(urls.Where(u => !u.Key.Contains("/transcripts/", StringComparison.Ordinal)), u => Assert.Null(u.Value));
    }

    [Fact]
    public void RobotsTxt_AllowsAllAndNamesTheSitemap()
    {
        using var site = Build("/repo/");
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://example.org/repo/sitemap.xml\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
    }

    [Fact]
    public void WithoutBaseUrl_SitemapIsRootRelative_AndRobotsTxtNamesNoSitemap()
    {
        using var site = TestSite.BuildMinimal(configure: o => o with { BasePath = "/repo/" }).AssertSucceeded();
        Assert.All(Read(site, "sitemap.xml").Descendants(_sitemap + "loc"), l => Assert.StartsWith("/repo/", l.Value));
        Assert.Equal("User-agent: *\nAllow: /\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
    }

    [Theory]
    [InlineData(null, "https://example.org/pub/")]
    [InlineData("/repo/", "https://example.org/repo/")]
    public void Feed_IsAtom_OneEntryPerTranscriptNewestFirst_WithAbsoluteUrls(string? basePath, string prefix)
    {
        using var site = Build(basePath);
        var feed = Read(site, "feed.xml").Root!;
        Assert.Equal(_atom + "feed", feed.Name);
        Assert.Equal(prefix, feed.Element(_atom + "id")!.Value);
        Assert.Equal(prefix + "feed.xml", feed.Elements(_atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);

        var entries = feed.Elements(_atom + "entry").ToList();
        Assert.Equal(["The Second Talk", "The First Talk"], entries.Select(e => e.Element(_atom + "title")!.Value));
        Assert.Equal(["A later talk.", "A short talk."], entries.Select(e => e.Element(_atom + "summary")!.Value));
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(_atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.Equal([prefix + "transcripts/second-talk/", prefix + "transcripts/first-talk/"],
            entries.Select(e => e.Elements(_atom + "link").Single(l => (string?)l.Attribute("rel") is null or "alternate").Attribute("href")!.Value));
        Assert.All(entries, e => Assert.StartsWith(prefix, e.Element(_atom + "id")!.Value));
    }

    [Fact]
    public void EveryPage_LinksToTheFeed()
    {
        using var site = Build("/repo/");
        foreach (var file in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = site.Page(Path.GetRelativePath(site.Output, file).Replace('\\', '/'));
            var link = page.QuerySelector("link[rel=alternate][type='application/atom+xml']");
            Assert.True(link is not null, $"{file} has no feed link");
            Assert.Equal("/repo/feed.xml", link.GetAttribute("href"));
        }
    }

    [Fact]
    public void TwoBuilds_WriteTheSameSitemapFeedAndRobotsTxt_AsUtf8WithoutBomOrCarriageReturns()
    {
        using var first = Build();
        string[] files = ["sitemap.xml", "feed.xml", "robots.txt"];
        var before = files.Select(f => File.ReadAllBytes(Path.Combine(first.Output, f))).ToList();
        using var second = first.Rebuild().AssertSucceeded();
        for (var i = 0; i < files.Length; i++)
        {
            var after = File.ReadAllBytes(Path.Combine(second.Output, files[i]));
            Assert.Equal(before[i], after);
            Assert.NotEqual(0xEF, after[0]);
            Assert.DoesNotContain((byte)'\r', after);
        }
    }

    [Fact]
    public void PagesWorkflow_BuildsWithTheReadmeCommandAndPagesBasePath_AndDeploys()
    {
        var workflow = LoadYaml(Path.Combine(RepoPaths.Root, ".github/workflows/pages.yml"));
        var on = Map(workflow, "on");
        Assert.Contains("main", Seq(Map(on, "push"), "branches"));
        Assert.True(on.Children.ContainsKey("workflow_dispatch"));
        var permissions = Map(workflow, "permissions");
        Assert.Equal(("read", "write", "write"), (Text(permissions, "contents"), Text(permissions, "pages"), Text(permissions, "id-token")));
        Assert.Equal("pages", Text(Map(workflow, "concurrency"), "group"));

        var jobs = Map(workflow, "jobs");
        var build = Steps(Map(jobs, "build"));
        Assert.Equal("global.json", Text(Map(Step(build, "actions/setup-dotnet@"), "with"), "global-json-file"));
        Assert.Equal("pages", Text(Step(build, "actions/configure-pages@"), "id"));
        Assert.Equal("output", Text(Map(Step(build, "actions/upload-pages-artifact@"), "with"), "path"));
        var runs = build.Where(s => s.Children.ContainsKey("run")).Select(s => Text(s, "run").Trim()).ToList();
        Assert.Contains(ReadmeBuildCommand() + " --base-path \"${{ steps.pages.outputs.base_path }}/\"", runs);
        // The check runs first, so that problems show as annotations and stop the deployment.
        var check = runs.FindIndex(r => r.Contains(" check --format github", StringComparison.Ordinal));
        Assert.InRange(check, 0, runs.FindIndex(r => r.Contains(" build ", StringComparison.Ordinal)) - 1);

        var deploy = Map(jobs, "deploy");
        Assert.Equal("build", Text(deploy, "needs"));
        var environment = Map(deploy, "environment");
        Assert.Equal("github-pages", Text(environment, "name"));
        Assert.Equal("${{ steps.deployment.outputs.page_url }}", Text(environment, "url"));
        Assert.Equal("deployment", Text(Step(Steps(deploy), "actions/deploy-pages@"), "id"));
    }

    private static TestSite Build(string? basePath = null) =>
        TestSite.BuildMinimal(WithBaseUrl, basePath is null ? null : o => o with { BasePath = basePath }).AssertSucceeded();

    private static XDocument Read(TestSite site, string file) => XDocument.Load(Path.Combine(site.Output, file));

    /// <summary>The README's build command, the first `dotnet run` line of its "Two commands" block, comment removed.</summary>
    private static string ReadmeBuildCommand() =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "README.md")).First(l => l.StartsWith("dotnet run ", StringComparison.Ordinal)).Split('#')[0].Trim();

    private static YamlMappingNode LoadYaml(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path)) yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static List<string> Seq(YamlMappingNode node, string key) =>
        [.. ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Cast<YamlScalarNode>().Select(s => s.Value!)];

    private static List<YamlMappingNode> Steps(YamlMappingNode job) => [.. ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>()];

    private static YamlMappingNode Step(List<YamlMappingNode> steps, string action) =>
        steps.Single(s => s.Children.ContainsKey("uses") && Text(s, "uses").StartsWith(action, StringComparison.Ordinal));
}

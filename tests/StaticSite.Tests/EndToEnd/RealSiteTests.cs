using AngleSharp.Dom;
using StaticSite.Input;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.EndToEnd;

/// <summary>The real publications: every page kind, every anchor, every internal link, counts that agree, and links across interviews.</summary>
public sealed class RealSiteTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private const string TimeInterview = "/transcripts/mistral-ceo-on-europe/";
    private const string MoonPodcast = "/transcripts/value-of-the-moon/";
    private static readonly string[] _transcripts = [TimeInterview, MoonPodcast];

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
        Assert.All(_transcripts, t => Assert.Contains(t + "index.html", site.Pages.Keys));
        Assert.Contains("/404.html", site.Pages.Keys);
        Assert.Contains("/about/index.html", site.Pages.Keys);
        foreach (var (kind, ids) in registries)
        {
            Assert.Contains($"/{kind}/index.html", site.Pages.Keys);
            Assert.All(ids, id => Assert.Contains($"/{kind}/{id}/index.html", site.Pages.Keys));
        }
    }

    [Fact]
    public void InterviewsIndex_ListsBothInterviewsNewestFirst_WithTheirLength()
    {
        var items = site.Page("/transcripts/").QuerySelectorAll("main li.interview");
        Assert.Equal(_transcripts.Order(StringComparer.Ordinal), items.Select(i => i.QuerySelector("h3 a")!.GetAttribute("href")!).Order(StringComparer.Ordinal));
        var dates = items.Select(i => i.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.All(items, i => Assert.Matches("^[1-9][0-9]* min read$", i.QuerySelector(".interview__length")!.TextContent));
        Assert.All(items, i => Assert.True(i.QuerySelectorAll(".interview__speakers a").Length >= 2));
    }

    [Theory]
    [InlineData(TimeInterview, 26, 13)]
    [InlineData(MoonPodcast, 230, 116)]
    public void EveryTurn_HasAUniqueValidAnchor(string transcript, int turnCount, int exchangeCount)
    {
        var turns = site.Page(transcript).QuerySelectorAll("article.turn");
        Assert.Equal(turnCount, turns.Length);
        Assert.Equal(exchangeCount, site.Page(transcript).QuerySelectorAll("article.turn--question").Length);
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
        foreach (var topic in YamlIds()["topics"])
        {
            var listed = 0;
            foreach (var transcript in _transcripts)
            {
                var page = site.Page(transcript);
                var questions = page.QuerySelectorAll("article.turn--question").Select(t => transcript + "#" + t.Id).ToHashSet();
                var chips = page.QuerySelectorAll($"a[href='/topics/{topic}/']").Length;
                var questionLinks = Links(AllPages($"/topics/{topic}/"), transcript).Where(questions.Contains).Count();
                Assert.True(chips >= questionLinks, $"topic {topic}: {questionLinks} exchanges of {transcript} listed, {chips} chips on it");
                listed += questionLinks;
            }
            Assert.True(listed > 0, $"topic {topic} lists no exchange");
        }
    }

    [Theory]
    [InlineData(TimeInterview, "time", 13)]
    [InlineData(TimeInterview, "arthur-mensch", 13)]
    [InlineData(MoonPodcast, "pat-ryan", 116)]
    [InlineData(MoonPodcast, "samuel-lawrence", 114)]
    public void SpeakerPages_ListEveryTurn(string transcript, string speaker, int turnCount)
    {
        var turns = site.Page(transcript).QuerySelectorAll("article.turn");
        var expected = turns.Where(t => t.QuerySelector($"a[href='/speakers/{speaker}/']") is not null).Select(t => transcript + "#" + t.Id).ToHashSet();
        var listed = Links(AllPages($"/speakers/{speaker}/"), transcript).ToHashSet();
        Assert.Equal(turnCount, expected.Count);
        Assert.Superset(expected, listed);
    }

    [Fact]
    public void Glossary_HasAtLeastTwentyTermsThatOccurInEachTranscript()
    {
        var terms = YamlIds()["glossary"];
        foreach (var transcript in _transcripts)
        {
            var used = terms.Where(id => site.Page(transcript).QuerySelector($"a.term[href='/glossary/{id}/']") is not null).ToList();
            Assert.True(used.Count >= 20, $"{transcript} uses only {used.Count} glossary terms");
            Assert.All(used, id => Assert.NotEmpty(Links(AllPages($"/glossary/{id}/"), transcript)));
        }
        Assert.All(terms, id => Assert.Contains(_transcripts, t => site.Page(t).QuerySelector($"a.term[href='/glossary/{id}/']") is not null));
    }

    [Fact]
    public void TopicAndTermPages_LinkIntoBothInterviews_AndBothLinkToThem()
    {
        foreach (var kind in new[] { "topics", "glossary" })
        {
            var shared = YamlIds()[kind]
                .Where(id => _transcripts.All(t => Links(AllPages($"/{kind}/{id}/"), t).Any()))
                .ToList();
            Assert.True(shared.Count > 0, $"no page of /{kind}/ links into both interviews");
            // Both ways: each interview links to the shared page, which links back into the other one.
            Assert.All(shared, id => Assert.All(_transcripts, t => Assert.NotNull(site.Page(t).QuerySelector($"main a[href='/{kind}/{id}/']"))));
        }
    }

    [Fact]
    public void SharedTopicAndTermPages_GroupBothInterviewsNewestFirst_CountingTheirPassages()
    {
        var newestFirst = _transcripts.OrderByDescending(t => site.Page(t).QuerySelector("time")!.GetAttribute("datetime"), StringComparer.Ordinal).ToList();
        foreach (var kind in new[] { "topics", "glossary" })
        {
            var shared = YamlIds()[kind].Where(id => _transcripts.All(t => Links(AllPages($"/{kind}/{id}/"), t).Any())).ToList();
            Assert.NotEmpty(shared);
            foreach (var id in shared)
            {
                var groups = AllPages($"/{kind}/{id}/").SelectMany(p => p.QuerySelectorAll("main section.interview-group")).ToList();
                var order = groups.Select(g => g.QuerySelector("h3 a")!.GetAttribute("href")!).Distinct().ToList();
                Assert.Equal(newestFirst, order);
                // The count is the passages (topics: exchanges, each led by its question's link) of that interview on the list.
                foreach (var group in groups)
                {
                    var transcript = group.QuerySelector("h3 a")!.GetAttribute("href")!;
                    var listed = groups.Where(g => g.QuerySelector("h3 a")!.GetAttribute("href") == transcript)
                        .Sum(g => g.QuerySelectorAll(kind == "topics" ? "a.exchange-card__context" : "a.excerpt__text").Length);
                    Assert.StartsWith($"{listed} ", group.QuerySelector(".interview-group__meta")!.TextContent.Split(" · ")[1]);
                }
            }
        }
    }

    [Fact]
    public void RelatedPassages_CrossBetweenTheInterviews_BothWays_AndNeverStayInOne()
    {
        foreach (var transcript in _transcripts)
        {
            var related = site.Page(transcript).QuerySelectorAll("div.exchange .related-passages").ToList();
            Assert.NotEmpty(related);
            Assert.All(related, r => Assert.InRange(r.QuerySelectorAll("a").Length, 1, 3));
            var hrefs = related.SelectMany(r => r.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")!).ToList();
            Assert.DoesNotContain(hrefs, h => h.StartsWith(transcript, StringComparison.Ordinal));
            var other = _transcripts.Single(t => t != transcript);
            var questions = site.Page(other).QuerySelectorAll("article.turn--question").Select(t => other + "#" + t.Id).ToHashSet();
            Assert.All(hrefs, h => Assert.Contains(h, questions));
        }
    }

    [Theory]
    [InlineData(TimeInterview, "Interview", "/transcripts/kinds/interview/")]
    [InlineData(MoonPodcast, "Podcast episode", "/transcripts/kinds/podcast/")]
    public void Transcripts_AreNamedByTheirKindAndListedUnderIt(string transcript, string kind, string index)
    {
        Assert.EndsWith(kind, site.Page(transcript).QuerySelector(".transcript__header .kicker")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal([transcript], site.Page(index).QuerySelectorAll("main .index-list__title a").Select(a => a.GetAttribute("href")));
        // An interview and a podcast: the collection has the neutral name.
        Assert.Contains("Transcripts", site.Page(transcript).QuerySelectorAll(".site-nav a").Select(a => a.TextContent.Trim()));
    }

    [Theory]
    [InlineData("arthur-mensch", TimeInterview, "interviewee", "Mistral AI")]
    [InlineData("pat-ryan", MoonPodcast, "host", "NASA Johnson Space Center")]
    public void SpeakerPages_ShowRoleAndAffiliationPerInterview(string speaker, string transcript, string role, string affiliation)
    {
        var entry = Assert.Single(site.Page($"/speakers/{speaker}/").QuerySelectorAll("main li.speaker-interview"));
        Assert.Equal(transcript, entry.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(role, entry.QuerySelector(".speaker-interview__role")!.TextContent);
        Assert.Equal(affiliation, entry.QuerySelector(".speaker-interview__affiliation")!.TextContent);
    }

    [Fact]
    public void TimeInterview_HasNotesHighlightsAndInsertions()
    {
        var page = site.Page(TimeInterview);
        Assert.True(page.QuerySelectorAll("aside.margin-notes li").Length >= 3);
        Assert.True(page.QuerySelectorAll("mark.highlight").Length >= 3);
        Assert.Contains(page.QuerySelectorAll("span.insertion"), s => s.TextContent == "[euros]");
        Assert.Contains(page.QuerySelectorAll("span.insertion"), s => s.QuerySelector("a.term[href='/glossary/amazon-web-services/']") is not null);
        Assert.Contains("TIME", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void MoonPodcast_HasSectionsNotesHighlightsAndTheSourcesMarks()
    {
        var page = site.Page(MoonPodcast);
        Assert.True(page.QuerySelectorAll("h2.section-heading").Length >= 10);
        Assert.True(page.QuerySelectorAll("aside.margin-notes li").Length >= 20);
        Assert.True(page.QuerySelectorAll("mark.highlight").Length >= 8);
        Assert.Equal(["[ Music ]", "[Laughter]", "[ Music ]"], page.QuerySelectorAll("span.insertion").Select(s => s.TextContent));
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

    /// <summary>A listing page and the pages it continues on (/page/2/, /page/3/ …).</summary>
    private IEnumerable<IDocument> AllPages(string url)
    {
        yield return site.Page(url);
        for (var n = 2; site.Pages.ContainsKey($"{url}page/{n}/index.html"); n++) yield return site.Page($"{url}page/{n}/");
    }

    private static IEnumerable<string> Links(IEnumerable<IDocument> pages, string transcript) =>
        pages.SelectMany(p => p.QuerySelectorAll($"main a[href^='{transcript}#']")).Select(a => a.GetAttribute("href")!).Distinct();

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

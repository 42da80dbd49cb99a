using System.Text.Json;
using AngleSharp.Dom;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>/search-index.json and /search/: every turn, term, topic and speaker findable; the page works without script.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly TestSite _site = TestSite.BuildMinimal().AssertSucceeded();

    public void Dispose() => _site.Dispose();

    private static readonly string[] _pageKinds =
        ["", "transcripts/first-talk/", "topics/", "topics/money/", "speakers/", "speakers/guest/", "glossary/", "glossary/api/", "about/", "search/", "404.html"];

    [Fact]
    public void Index_HasEveryTurnWithItsAnchorSpeakerAndTopics()
    {
        using var index = Index(_site);
        var root = index.RootElement;
        var turns = root.GetProperty("turns").EnumerateArray().ToList();
        var articles = _site.Page("transcripts/first-talk/").QuerySelectorAll("article.turn");
        Assert.Equal(articles.Length, turns.Count);
        string[] topics = ["Money", "Money", "Code", "Code"];
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            var transcript = root.GetProperty("transcripts")[turn[0].GetInt32()];
            Assert.Equal("The First Talk", transcript[0].GetString());
            Assert.Equal("transcripts/first-talk/", transcript[1].GetString());
            Assert.Equal(articles[i].Id, turn[2].GetString());
            var speaker = root.GetProperty("speakers")[turn[1].GetInt32()][0].GetString();
            Assert.Equal(articles[i].QuerySelector(".turn__speaker")!.TextContent.Trim(), speaker);
            Assert.Equal([topics[i]], turn[3].EnumerateArray().Select(t => root.GetProperty("topics")[t.GetInt32()][0].GetString()));
        }
        Assert.Equal("We sell API access to developers. Open source is free. A second paragraph of the answer.", turns[1][4].GetString());
    }

    [Fact]
    public void Index_HasEveryTermTopicAndSpeaker()
    {
        using var index = Index(_site);
        var root = index.RootElement;
        Assert.Equal(
            ["API|APIs|A way for programs to talk.|glossary/api/", "open source||Code anyone may read.|glossary/open-source/"],
            root.GetProperty("terms").EnumerateArray().Select(t =>
                $"{t[0].GetString()}|{string.Join(',', t[1].EnumerateArray().Select(a => a.GetString()))}|{t[2].GetString()}|{t[3].GetString()}"));
        Assert.Equal(["Code|topics/code/", "Money|topics/money/"], Rows(root, "topics"));
        Assert.Equal(["Ada Guest|Engineer|speakers/guest/", "The Host|Interviewer|speakers/host/"], Rows(root, "speakers"));
    }

    [Fact]
    public void Index_IsCompact_NamesWrittenOnce()
    {
        var text = File.ReadAllText(Path.Combine(_site.Output, "search-index.json"));
        Assert.DoesNotContain("\n ", text);
        Assert.Single(text.Split("Ada Guest")[1..]);
        Assert.Single(text.Split("The First Talk")[1..]);
    }

    [Fact]
    public void UnderABasePath_IndexUrlsResolveAgainstTheBasePathTheScriptIsGiven()
    {
        using var site = TestSite.BuildMinimal(configure: o => o with { BasePath = "/pub/" }).AssertSucceeded();
        var page = site.Page("search/");
        var results = page.GetElementById("search-results")!;
        Assert.Equal("/pub/", results.GetAttribute("data-base"));
        Assert.Equal("/pub/search-index.json", results.GetAttribute("data-index"));
        var script = page.QuerySelector("script[src$='search.js']")!;
        Assert.Equal("/pub/assets/js/search.js", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        Assert.True(site.Exists("assets/js/search.js"));
        using var index = Index(site);
        var root = index.RootElement;
        var urls = new[] { "speakers", "transcripts", "topics" }.SelectMany(k => root.GetProperty(k).EnumerateArray().Select(r => r[r.GetArrayLength() - 1].GetString()!))
            .Concat(root.GetProperty("terms").EnumerateArray().Select(t => t[3].GetString()!));
        Assert.All(urls, url =>
        {
            Assert.False(url.StartsWith('/'), url);
            Assert.True(site.Exists(url + "index.html"), url);
        });
        Assert.Equal("/pub/search/", site.Page("").QuerySelector("form.site-search")!.GetAttribute("action"));
    }

    [Fact]
    public void TwoBuilds_IndexIsByteIdentical()
    {
        var first = File.ReadAllBytes(Path.Combine(_site.Output, "search-index.json"));
        using var second = TestSite.BuildMinimal().AssertSucceeded();
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(second.Output, "search-index.json")));
    }

    [Fact]
    public void SearchPage_WithoutScript_LinksEveryTranscriptTopicSpeakerAndTerm()
    {
        var page = _site.Page("search/");
        var form = page.QuerySelector("main form[role='search']")!;
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        AssertLabelledQuery(page, form);
        var links = page.QuerySelectorAll("#search-all a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            ["/transcripts/first-talk/", "/topics/code/", "/topics/money/", "/speakers/guest/", "/speakers/host/", "/glossary/api/", "/glossary/open-source/"],
            links);
    }

    [Fact]
    public void HeaderSearchForm_OnEveryPageKindButSearch_SubmitsToTheSearchPage_WithAButton()
    {
        Assert.All(_pageKinds.Where(url => url != "search/"), url =>
        {
            var page = _site.Page(url);
            var form = page.QuerySelector("header.site-header form[role='search']");
            Assert.True(form is not null, $"no search form in the header of '{url}'");
            Assert.Equal("/search/", form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            AssertLabelledQuery(page, form);
            var button = form.QuerySelector("button[type='submit']");
            Assert.True(button is not null, $"the header's search form on '{url}' has no submit button");
            Assert.Equal("Search", button.TextContent.Trim());
        });
    }

    [Fact]
    public void SearchPage_HasOneSearchLandmark_ItsOwnForm()
    {
        var landmarks = _site.Page("search/").QuerySelectorAll("[role='search'], search");
        Assert.Equal("main", Assert.Single(landmarks).ParentElement!.LocalName);
    }

    private static void AssertLabelledQuery(IDocument page, IElement form)
    {
        var input = form.QuerySelector("input[type='search'][name='q']")!;
        Assert.NotNull(input);
        var label = page.QuerySelector($"label[for='{input.Id}']");
        Assert.False(string.IsNullOrWhiteSpace(label?.TextContent), $"the search input #{input.Id} has no label");
    }

    private static JsonDocument Index(TestSite site) => JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "search-index.json")));

    private static IEnumerable<string> Rows(JsonElement root, string table) =>
        root.GetProperty(table).EnumerateArray().Select(r => string.Join('|', r.EnumerateArray().Select(v => v.GetString())));
}

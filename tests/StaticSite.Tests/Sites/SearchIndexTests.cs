using System.Text.Json;
using AngleSharp.Dom;
using StaticSite.Rendering.Search;
using StaticSite.Benchmarks.SearchSize;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>/search-index/ and /search/: every turn, term, topic and speaker findable by its words; filters; the page works without script.</summary>
public sealed class SearchIndexTests : IDisposable
{
    // The minimal site's records: the interview, topics, speakers and terms, then its four turns.
    private const int FirstPassage = 7;

    private readonly TestSite _site = TestSite.BuildMinimal().AssertSucceeded();

    public void Dispose() => _site.Dispose();

    private static readonly string[] _pageKinds =
        ["", "transcripts/first-talk/", "topics/", "topics/money/", "speakers/", "speakers/guest/", "glossary/", "glossary/api/", "about/", "search/", "404.html"];

    [Fact]
    public void Records_HoldEveryTurnWithItsSpeakerInterviewAnchorTopicsAndText()
    {
        var index = new SearchIndexReader(_site.Output);
        var articles = _site.Page("transcripts/first-talk/").QuerySelectorAll("article.turn");
        Assert.Equal(FirstPassage, index.Entries);
        Assert.Equal(FirstPassage + articles.Length, index.Records);
        string[] topics = ["Money", "Money", "Code", "Code"];
        for (var i = 0; i < articles.Length; i++)
        {
            var turn = index.Record(FirstPassage + i);
            Assert.Equal(articles[i].QuerySelector(".turn__speaker")!.TextContent.Trim(), turn[0].GetString());
            Assert.Equal("The First Talk", turn[1].GetString());
            Assert.Equal("transcripts/first-talk/#" + articles[i].Id, turn[2].GetString());
            Assert.Equal([topics[i]], turn[3].EnumerateArray().Select(t => t.GetString()));
        }
        Assert.Equal("We sell API access to developers. Open source is free. A second paragraph of the answer.", index.Record(FirstPassage + 1)[4].GetString());
    }

    [Fact]
    public void Records_BeginWithEveryInterviewTopicSpeakerAndTerm()
    {
        var index = new SearchIndexReader(_site.Output);
        Assert.Equal(
            ["Interview|The First Talk|transcripts/first-talk/", "Topic|Code|topics/code/", "Topic|Money|topics/money/",
             "Speaker|Ada Guest|speakers/guest/", "Speaker|The Host|speakers/host/", "Term|API|glossary/api/", "Term|open source|glossary/open-source/"],
            Enumerable.Range(0, index.Entries).Select(id => string.Join('|', index.Record(id).EnumerateArray().Select(v => v.GetString()))));
    }

    [Fact]
    public void Postings_CountAWordsWholeOccurrences_AndFindAPassageByItsSpeakerInterviewAndTopicsWithoutCounting()
    {
        var index = new SearchIndexReader(_site.Output);
        // "API" in the first question and the answer, "APIs" (another word) in the last answer; the term API by its title.
        Assert.Equal([(5, 0), (FirstPassage, 1), (FirstPassage + 1, 1)], Pairs(index.Postings("api")));
        Assert.Equal([(5, 0), (FirstPassage + 3, 1)], Pairs(index.Postings("apis")));
        Assert.Empty(index.Postings("ap"));
        // The guest's name, the interview's title and a topic's title find passages, with no count to rank them by.
        Assert.Equal([(3, 0), (FirstPassage + 1, 0), (FirstPassage + 3, 0)], Pairs(index.Postings("ada")));
        Assert.Equal([0, 5, .. Enumerable.Range(FirstPassage, 4)], index.Postings("talk").Keys.Order());
        Assert.Equal([(1, 0), (6, 0), (FirstPassage + 2, 0), (FirstPassage + 3, 0)], Pairs(index.Postings("code")));
    }

    [Fact]
    public void Postings_AreOfFoldedWords_CaseAndAccentsAside()
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

            @host: Who was HÏRED first, in Zürich?

            @guest: Nobody was hired twice, and nobody hired me.
            """).AssertSucceeded();
        var index = new SearchIndexReader(site.Output);
        Assert.Equal([(FirstPassage, 1), (FirstPassage + 1, 2)], Pairs(index.Postings("hired")));
        Assert.Equal([FirstPassage], index.Postings("zurich").Keys);
        Assert.Empty(index.Postings("zürich"));
        Assert.Empty(index.Postings("HÏRED"));
    }

    [Fact]
    public void FilterFiles_ListThePassagesOfEachSpeakerTopicAndInterview_UnderTheirLabel()
    {
        var index = new SearchIndexReader(_site.Output);
        int[] Filter(string path) => [.. index.Decode(index.Json(path).GetProperty("postings")).Keys.Order()];
        Assert.Equal([FirstPassage + 1, FirstPassage + 3], Filter("speaker/guest.json"));
        Assert.Equal([FirstPassage, FirstPassage + 2], Filter("speaker/host.json"));
        Assert.Equal([FirstPassage, FirstPassage + 1], Filter("topic/money.json"));
        Assert.Equal([FirstPassage + 2, FirstPassage + 3], Filter("topic/code.json"));
        Assert.Equal(Enumerable.Range(FirstPassage, 4), Filter("interview/first-talk.json"));
        // The search page shows a speaker or transcript the address names by these labels.
        Assert.Equal("Ada Guest", index.Json("speaker/guest.json").GetProperty("label").GetString());
        Assert.Equal("Code", index.Json("topic/code.json").GetProperty("label").GetString());
        Assert.Equal("The First Talk", index.Json("interview/first-talk.json").GetProperty("label").GetString());
    }

    [Fact]
    public void SearchPage_OffersALabelledTopicList_AndNoListThatGrowsWithTheArchive()
    {
        var page = _site.Page("search/");
        var form = page.QuerySelector("main form[role='search']")!;
        var select = Assert.Single(form.QuerySelectorAll("select"));
        Assert.Equal("topic", select.GetAttribute("name"));
        Assert.Equal(["|Any topic", "code|Code", "money|Money"], select.QuerySelectorAll("option").Select(o => $"{o.GetAttribute("value")}|{o.TextContent.Trim()}"));
        Assert.Equal("On topic", page.QuerySelector($"label[for='{select.Id}']")?.TextContent.Trim());
        Assert.Equal("Only passages", form.QuerySelector("fieldset > legend")?.TextContent.Trim());
        // Speakers and transcripts are chosen on their own pages, which link here with their id.
        Assert.NotNull(form.QuerySelector("fieldset #search-scope[hidden]"));
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") is "/transcripts/first-talk/" or "/speakers/guest/");
    }

    [Fact]
    public void TranscriptAndSpeakerPages_LinkToTheSearchPageNarrowedToThem()
    {
        var transcript = _site.Page("transcripts/first-talk/");
        Assert.Equal("/search/?interview=first-talk", transcript.QuerySelector(".facts a[href^='/search/']")?.GetAttribute("href"));
        Assert.Equal("Within this interview", transcript.QuerySelector(".facts a[href^='/search/']")?.TextContent);
        var speaker = _site.Page("speakers/guest/").QuerySelector("main a[href^='/search/']");
        Assert.Equal("/search/?speaker=guest", speaker?.GetAttribute("href"));
        Assert.Equal("Search Ada Guest’s words", speaker?.TextContent);
    }

    [Fact]
    public void UnderABasePath_IndexUrlsResolveAgainstTheBasePathTheScriptIsGiven()
    {
        using var site = TestSite.BuildMinimal(configure: o => o with { BasePath = "/pub/" }).AssertSucceeded();
        var page = site.Page("search/");
        var results = page.GetElementById("search-results")!;
        Assert.Equal("/pub/", results.GetAttribute("data-base"));
        Assert.Equal("/pub/search-index/manifest.json", results.GetAttribute("data-index"));
        var script = page.QuerySelector("script[src$='search.js']")!;
        Assert.Equal("/pub/assets/js/search.js", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        Assert.True(site.Exists("assets/js/search.js"));
        var index = new SearchIndexReader(site.Output);
        var urls = Enumerable.Range(0, index.Records).Select(id => index.Record(id)[2].GetString()!);
        Assert.All(urls, url =>
        {
            Assert.False(url.StartsWith('/'), url);
            Assert.True(site.Exists(url.Split('#')[0] + "index.html"), url);
        });
        Assert.Equal("/pub/search/", site.Page("").QuerySelector("form.site-search")!.GetAttribute("action"));
    }

    [Fact]
    public void TwoBuilds_IndexIsByteIdentical()
    {
        using var second = TestSite.BuildMinimal().AssertSucceeded();
        var first = new SearchIndexReader(_site.Output).Folder;
        var files = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("manifest.json", files);
        var again = new SearchIndexReader(second.Output).Folder;
        Assert.Equal(files, Directory.EnumerateFiles(again, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(again, f)).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(again, file))));
    }

    [Fact]
    public void ALongPostingList_IsCutIntoPartsThatEachDecodeAlone()
    {
        List<int> postings = [.. Enumerable.Range(0, 40).Select(i => PostingCode.Pack(i * 37, i % 9))];
        var parts = PostingCode.Encode(postings, 10);
        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.InRange(part.Length, 1, 10));
        Assert.Equal(
            postings.Select(p => (p >> 3, p & 7)),
            parts.SelectMany(part => SearchIndexReader.Decode(part)).Select(p => (p.Key, p.Value)));
        Assert.Equal(PostingCode.MaxCount, SearchIndexReader.Decode(PostingCode.Encode([PostingCode.Pack(3, 50)], 100)[0])[3]);
    }

    [Fact]
    public void SearchPage_WithoutScript_LinksTheSiteSections()
    {
        var page = _site.Page("search/");
        var form = page.QuerySelector("main form[role='search']")!;
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        AssertLabelledQuery(page, form);
        var links = page.QuerySelectorAll("#search-all a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(page.QuerySelectorAll("header.site-header nav a").Select(a => a.GetAttribute("href")), links);
        Assert.Contains("/topics/", links);
        Assert.Contains("/glossary/", links);
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

    private static IEnumerable<(int, int)> Pairs(IReadOnlyDictionary<int, int> postings) => postings.OrderBy(p => p.Key).Select(p => (p.Key, p.Value));
}

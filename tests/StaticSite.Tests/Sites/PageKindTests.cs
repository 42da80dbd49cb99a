using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>Every page kind of the URL layout exists and shows what it is for.</summary>
public sealed class PageKindTests : IDisposable
{
    private readonly TestSite _site = TestSite.BuildMinimal().AssertSucceeded();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Home_ListsTranscriptsTopicsAndKeyQuotes()
    {
        var home = _site.Page("");
        Assert.Contains(home.QuerySelectorAll("a[href='/transcripts/first-talk/']"), a => a.TextContent.Contains("The First Talk"));
        Assert.NotEmpty(home.QuerySelectorAll("a[href='/topics/money/']"));
        Assert.Contains(home.QuerySelectorAll("a[href^='/transcripts/first-talk/#']"), a => a.TextContent.Contains("API access") || a.ParentElement!.TextContent.Contains("API access"));
    }

    [Fact]
    public void Transcript_ShowsHeaderTocAndTurnsWithAnchors()
    {
        var page = _site.Page("transcripts/first-talk/");
        Assert.Equal("The First Talk", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("2024-11-07", page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Test Weekly", page.Body!.TextContent);
        var turns = page.QuerySelectorAll("article.turn");
        Assert.Equal(4, turns.Length);
        Assert.All(turns, t => Assert.False(string.IsNullOrEmpty(t.Id)));
        Assert.Equal(turns.Length, turns.Select(t => t.Id).Distinct().Count());
        Assert.NotNull(page.QuerySelector("a[href='#beginnings']"));
        Assert.NotNull(page.GetElementById("beginnings"));
        Assert.DoesNotContain("@host", page.Body!.TextContent);
    }

    [Fact]
    public void TranscriptTurns_AreHeadedByTheirSpeaker_OneLevelUnderTheSections()
    {
        // With a "## Beginnings" section the turns' headings are h3; a transcript without sections has them at h2.
        var page = _site.Page("transcripts/first-talk/");
        Assert.All(page.QuerySelectorAll("article.turn"), turn =>
            Assert.Equal(turn.QuerySelector(".turn__speaker")!.TextContent, turn.QuerySelector("h3.turn__heading")?.TextContent));
        Assert.Empty(page.QuerySelectorAll("section.exchange"));
        Assert.NotEmpty(page.QuerySelectorAll("div.exchange"));
        using var flat = TestSite.BuildMinimal("""
            -- input/transcripts/first-talk.md --
            ---
            title: The First Talk
            date: 2024-11-07
            speakers:
              - { id: host, role: interviewer }
              - { id: guest }
            ---

            @host #money #code: How do you pay for the API, and is it open source?

            @guest: We sell it.
            """).AssertSucceeded();
        var turns = flat.Page("transcripts/first-talk/").QuerySelectorAll("article.turn");
        Assert.Equal(2, turns.Length);
        Assert.All(turns, turn => Assert.NotNull(turn.QuerySelector("h2.turn__heading > a.turn__speaker")));
    }

    [Fact]
    public void Transcript_MarksQuestionsAndShowsHighlights()
    {
        var page = _site.Page("transcripts/first-talk/");
        Assert.Equal(2, page.QuerySelectorAll("article.turn--question").Length);
        var highlight = page.QuerySelector("mark.highlight")!;
        Assert.Equal("API", highlight.QuerySelector("a.term")!.TextContent);
        Assert.EndsWith("access", highlight.TextContent);
    }

    [Fact]
    public void TopicsIndexAndTopicPage_ListExchanges()
    {
        var index = _site.Page("topics/");
        Assert.NotNull(index.QuerySelector("a[href='/topics/money/']"));
        Assert.NotNull(index.QuerySelector("a[href='/topics/code/']"));
        var money = _site.Page("topics/money/");
        Assert.Equal("Money", money.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("How do you pay for the", money.Body!.TextContent);
        Assert.Contains("We sell", money.Body!.TextContent);
        Assert.DoesNotContain("What do you write?", money.Body!.TextContent);
    }

    [Fact]
    public void SpeakersIndexAndSpeakerPage_ListTurnsTopicsAndQuotes()
    {
        var index = _site.Page("speakers/");
        Assert.NotNull(index.QuerySelector("a[href='/speakers/guest/']"));
        var guest = _site.Page("speakers/guest/");
        Assert.Equal("Ada Guest", guest.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Engineer", guest.Body!.TextContent);
        Assert.Equal("things", guest.QuerySelector("em")!.TextContent);
        Assert.Equal(2, guest.QuerySelectorAll("a[href^='/transcripts/first-talk/#guest-']").Select(a => a.GetAttribute("href")).Distinct().Count());
        Assert.NotNull(guest.QuerySelector("a[href='/topics/money/']"));
        Assert.Contains("API access", guest.Body!.TextContent);
    }

    [Fact]
    public void GlossaryIndexAndTermPage_ShowDefinitionsAndOccurrences()
    {
        var index = _site.Page("glossary/");
        Assert.NotNull(index.QuerySelector("a[href='/glossary/api/']"));
        Assert.Contains("A way for programs to talk.", index.Body!.TextContent);
        var api = _site.Page("glossary/api/");
        Assert.Equal("API", api.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(api.QuerySelector("a[href='/glossary/open-source/']"));
        Assert.True(api.QuerySelectorAll("a[href^='/transcripts/first-talk/#']").Length >= 2);
    }

    [Fact]
    public void FreePageAndNotFound_Exist()
    {
        Assert.Equal("About", _site.Page("about/").QuerySelector("h1")!.TextContent.Trim());
        var notFound = _site.Page("404.html");
        Assert.NotNull(notFound.QuerySelector("a[href='/']"));
        Assert.All(notFound.QuerySelectorAll("a[href]"), a => Assert.True(a.GetAttribute("href")!.StartsWith('/') || a.GetAttribute("href")!.StartsWith('#') || a.GetAttribute("href")!.Contains("://"),
            $"404 links must not be relative: {a.GetAttribute("href")}"));
        Assert.True(_site.Exists(".nojekyll"));
        Assert.True(_site.Exists("assets/css/site.css"));
    }

    [Fact]
    public void EveryPage_HasLanguageTitleAndOneH1()
    {
        foreach (var url in new[] { "", "transcripts/first-talk/", "topics/", "topics/money/", "speakers/", "speakers/host/", "glossary/", "glossary/api/", "about/", "404.html" })
        {
            var page = _site.Page(url);
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title), url);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.NotNull(page.QuerySelector("main"));
        }
    }
}

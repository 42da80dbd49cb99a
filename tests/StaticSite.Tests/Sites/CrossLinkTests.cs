using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>Cross-links run every way: passage → topic, speaker, term; topic, speaker, term → passage at its anchor.</summary>
public sealed class CrossLinkTests : IDisposable
{
    private readonly TestSite _site = TestSite.BuildMinimal().AssertSucceeded();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Turn_LinksToItsSpeakerPage()
    {
        var turn = _site.Page("transcripts/first-talk/").QuerySelectorAll("article.turn")[1];
        Assert.NotNull(turn.QuerySelector("a[href='/speakers/guest/']"));
        Assert.Contains("Ada Guest", turn.TextContent);
    }

    [Fact]
    public void Exchange_ShowsTopicChipsLinkedToTopicPages()
    {
        var page = _site.Page("transcripts/first-talk/");
        var firstExchangeTurn = page.QuerySelectorAll("article.turn")[0];
        var exchange = firstExchangeTurn.ParentElement!;
        Assert.NotNull(exchange.QuerySelector("a[href='/topics/money/']"));
        Assert.Null(exchange.QuerySelector("a[href='/topics/code/']"));
    }

    [Fact]
    public void Term_IsLinkedOncePerTurnWithItsDefinitionInACard()
    {
        var turns = _site.Page("transcripts/first-talk/").QuerySelectorAll("article.turn");
        var answer = turns[1];
        var apiLinks = answer.QuerySelectorAll("a.term[href='/glossary/api/']");
        Assert.Single(apiLinks);
        var card = answer.QuerySelector("#" + apiLinks[0].GetAttribute("aria-describedby"));
        Assert.Equal("A way for programs to talk.", card!.TextContent.Trim());
        Assert.NotNull(turns[3].QuerySelector("a.term[href='/glossary/api/']")); // "APIs" alias, next turn links again
    }

    [Fact]
    public void TopicPage_LinksEachTurnToItsAnchor()
    {
        var transcript = _site.Page("transcripts/first-talk/");
        var anchors = transcript.QuerySelectorAll("article.turn").Select(t => "/transcripts/first-talk/#" + t.Id).ToList();
        var money = _site.Page("topics/money/");
        var hrefs = money.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains(anchors[0], hrefs);
        Assert.Contains(anchors[1], hrefs);
        Assert.DoesNotContain(anchors[2], hrefs);
    }

    [Fact]
    public void TopicPage_LinksRelatedTopics()
    {
        Assert.NotNull(_site.Page("topics/money/").QuerySelector("main a[href='/topics/code/']"));
    }

    [Fact]
    public void TermPage_LinksEveryOccurrence()
    {
        var transcript = _site.Page("transcripts/first-talk/");
        var withApi = transcript.QuerySelectorAll("article.turn").Where(t => t.QuerySelector("a.term[href='/glossary/api/']") is not null)
            .Select(t => "/transcripts/first-talk/#" + t.Id).ToList();
        var term = _site.Page("glossary/api/");
        var hrefs = term.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Equal(3, withApi.Count);
        Assert.All(withApi, anchor => Assert.Contains(anchor, hrefs));
    }

    [Fact]
    public void SpeakerPage_CountsAgreeWithTranscript()
    {
        var transcript = _site.Page("transcripts/first-talk/");
        var hostTurns = transcript.QuerySelectorAll("article.turn").Count(t => t.QuerySelector("a[href='/speakers/host/']") is not null);
        var host = _site.Page("speakers/host/");
        var linked = host.QuerySelectorAll("a[href^='/transcripts/first-talk/#']").Select(a => a.GetAttribute("href")).Distinct().Count();
        Assert.Equal(2, hostTurns);
        Assert.Equal(hostTurns, linked);
    }
}

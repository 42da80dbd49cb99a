using StaticSite.Diagnostics;
using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class WikiLinkTests
{
    [Fact]
    public void WikiLinkById_ShowsTermTitleWithCard()
    {
        var turn = Assert.Single(Turns("@time: We offer [[api]] access."));
        var html = Html(turn.Html);

        var link = html.QuerySelector("span.term-ref > a.term")!;
        Assert.Equal("API", link.TextContent);
        Assert.Equal("/glossary/api/", link.GetAttribute("href"));
        var card = html.QuerySelector("span.term-ref > span.term-card[role=tooltip]")!;
        Assert.Equal(link.GetAttribute("aria-describedby"), card.Id);
        Assert.Equal(["api"], turn.TermIds);
    }

    [Fact]
    public void WikiLinkWithShownText_ShowsThatText()
    {
        var html = Html(Assert.Single(Turns("@time: It is [[freely shared|open-source]].")).Html);

        Assert.Equal("freely shared", html.QuerySelector("a.term")?.TextContent);
        Assert.Equal("/glossary/open-source/", html.QuerySelector("a.term")?.GetAttribute("href"));
    }

    [Fact]
    public void UnknownWikiLink_IsErrorWithDidYouMeanAndPosition()
    {
        var (body, diagnostics) = Parse("Intro.\n\n@time: We offer [[apy]] access.", firstLine: 5);

        var error = Single(diagnostics, DiagnosticCodes.UnknownTerm);
        Assert.Equal(new SourceLocation(TranscriptPath, 7, 17), error.Location);
        Assert.Equal("unknown glossary term 'apy'; did you mean 'api'?", error.Message);
        var turn = body.Items.OfType<StaticSite.Markdown.TurnItem>().Single();
        Assert.Empty(Html(turn.Html).QuerySelectorAll("a"));
        Assert.Contains("apy", turn.Text);
    }

    [Fact]
    public void WikiLink_CountsAsFirstOccurrence()
    {
        var html = Html(Assert.Single(Turns("@time: [[api]] and then API again.")).Html);

        Assert.Single(html.QuerySelectorAll("a.term"));
    }
}

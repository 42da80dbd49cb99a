using StaticSite.Diagnostics;
using StaticSite.Markdown;
using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class PageAndFieldTests
{
    private static (RenderedMarkdown Page, DiagnosticBag Diagnostics) Page(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (Converter().RenderPage(new MarkdownSource(text, "input/pages/about.md", 4), diagnostics), diagnostics);
    }

    [Fact]
    public void Page_HeadingsGetUniqueSlugIds()
    {
        var html = Html(Page("# About us\n\n## About us\n\nText.").Page.Html);

        Assert.Equal(["about-us", "about-us-2"], html.QuerySelectorAll("h1, h2").Select(h => h.Id));
    }

    [Fact]
    public void Page_LinksFirstTermOccurrenceAndWikiLinks()
    {
        var (page, _) = Page("We use the API. The API again. See [[open source|open-source]].");
        var html = Html(page.Html);

        Assert.Equal(2, html.QuerySelectorAll("span.term-ref").Length);
        Assert.Equal(["tc-page-1", "tc-page-2"], html.QuerySelectorAll(".term-card").Select(c => c.Id));
        Assert.Equal(["api", "open-source"], page.TermIds);
    }

    [Fact]
    public void Page_KeepsBracketsLiteral()
    {
        var html = Html(Page("An [aside] here, and ==key== too.").Page.Html);

        Assert.Empty(html.QuerySelectorAll("span.insertion"));
        Assert.Contains("[aside]", html.Body!.TextContent);
        Assert.NotNull(html.QuerySelector("mark.highlight"));
    }

    [Fact]
    public void Page_AtLabelIsPlainText()
    {
        Assert.Contains("@time: hello", Html(Page("@time: hello").Page.Html).Body!.TextContent);
    }

    [Fact]
    public void Page_FootnotesRenderAtTheEnd()
    {
        var html = Html(Page("Text.[^1]\n\n[^1]: A note about the API.").Page.Html);

        Assert.NotNull(html.QuerySelector("div.footnotes li"));
        Assert.Empty(html.QuerySelectorAll("div.footnotes a.term"));
    }

    [Fact]
    public void Field_RendersWikiLinksWithoutCardsAndNoAutoLinks()
    {
        var diagnostics = new DiagnosticBag();
        var html = Html(Converter().RenderField(new MarkdownSource("Works on the API, see [[open-weights]] and [x].", "input/speakers.yml", 5, 9), diagnostics));

        var link = Assert.Single(html.QuerySelectorAll("a.term"));
        Assert.Equal("open weights", link.TextContent);
        Assert.Empty(html.QuerySelectorAll(".term-card, span.insertion"));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Field_UnknownWikiLinkIsReportedInFileCoordinates()
    {
        var diagnostics = new DiagnosticBag();
        Converter().RenderField(new MarkdownSource("See [[opn-source]].", "input/topics.yml", 5, 18), diagnostics);

        var error = Single(diagnostics, DiagnosticCodes.UnknownTerm);
        Assert.Equal(new SourceLocation("input/topics.yml", 5, 22), error.Location);
        Assert.EndsWith("did you mean 'open-source'?", error.Message);
    }
}

using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class InsertionTests
{
    private static AngleSharp.Dom.IDocument TurnHtml(string text) => Html(Assert.Single(Turns("@time: " + text)).Html);

    [Fact]
    public void BracketedWords_AreInsertionWithBracketsKept()
    {
        var insertion = Assert.Single(TurnHtml("We use [Amazon Web Services] daily.").QuerySelectorAll("span.insertion"));

        Assert.Equal("[Amazon Web Services]", insertion.TextContent);
        Assert.Equal("Editor’s insertion", insertion.GetAttribute("title"));
    }

    [Fact]
    public void InsertionContent_KeepsInlineMarkdown()
    {
        var html = TurnHtml("That [*Mistral* is profitable] matters.");

        Assert.Equal("Mistral", html.QuerySelector("span.insertion > em")?.TextContent);
    }

    [Fact]
    public void NestedBrackets_AreNestedInsertions()
    {
        Assert.Equal(2, TurnHtml("[a [b] c]").QuerySelectorAll("span.insertion").Length);
    }

    [Theory]
    [InlineData("A [real link](https://example.com) here.")]
    [InlineData("A [reference link][ref] here.\n\n[ref]: https://example.com")]
    [InlineData("A [ref] shortcut.\n\n[ref]: https://example.com")]
    public void Links_AreNotInsertions(string text)
    {
        var html = TurnHtml(text);

        Assert.Empty(html.QuerySelectorAll("span.insertion"));
        Assert.Equal("https://example.com", html.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void EscapedBracket_IsLiteralText()
    {
        var html = TurnHtml(@"An \[escaped] bracket.");

        Assert.Empty(html.QuerySelectorAll("span.insertion"));
        Assert.Contains("[escaped]", html.Body!.TextContent);
    }

    [Fact]
    public void FootnoteAndWikiLink_AreNotInsertions()
    {
        var html = Html(Turns("@time: A note[^1] and [[api]].\n\n[^1]: Text.")[0].Html);

        Assert.Empty(html.QuerySelectorAll("span.insertion"));
        Assert.NotNull(html.QuerySelector("sup.note-ref"));
        Assert.NotNull(html.QuerySelector("a.term"));
    }

    [Fact]
    public void InsertionInTurnText_KeepsBrackets()
    {
        Assert.Equal("We use [it] daily.", Assert.Single(Turns("@time: We use [it] daily.")).Text);
    }

    [Fact]
    public void InsertionInsideLinkText_IsLeftAlone()
    {
        Assert.Empty(TurnHtml("See [the [big] report](https://example.com).").QuerySelectorAll("span.insertion"));
    }
}

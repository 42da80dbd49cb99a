using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class HighlightTests
{
    [Fact]
    public void DoubleEquals_IsHighlightMarkAndListed()
    {
        var turn = Assert.Single(Turns("@arthur-mensch: We said ==we will be *profitable* soon== and ==more==."));

        var marks = Html(turn.Html).QuerySelectorAll("mark.highlight");
        Assert.Equal(2, marks.Length);
        Assert.Equal("profitable", marks[0].QuerySelector("em")?.TextContent);
        Assert.Equal(["we will be profitable soon", "more"], turn.Highlights);
    }

    [Fact]
    public void TermInsideHighlight_IsStillLinked()
    {
        var html = Html(Assert.Single(Turns("@time: ==our API is open==")).Html);

        Assert.NotNull(html.QuerySelector("mark.highlight a.term"));
    }
}

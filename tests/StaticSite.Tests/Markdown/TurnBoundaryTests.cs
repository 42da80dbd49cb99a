using StaticSite.Markdown;
using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class TurnBoundaryTests
{
    private const string Transcript = """
        Introduction, before any turn.

        Second intro paragraph.

        @time: First question?

        @arthur-mensch: First answer.

        A second paragraph of the answer.

        - a list
        - in the answer

        > and a quote

        ## Part two

        @time: Second question?

        ---

        After the break.
        """;

    [Fact]
    public void Transcript_SplitsIntoItemsInReadingOrder()
    {
        var items = Parse(Transcript).Body.Items;

        Assert.Equal(
            [typeof(EditorialItem), typeof(TurnItem), typeof(TurnItem), typeof(HeadingItem), typeof(TurnItem), typeof(BreakItem), typeof(EditorialItem)],
            items.Select(i => i.GetType()));
    }

    [Fact]
    public void BlocksBeforeFirstTurn_AreOneEditorialItem()
    {
        var intro = Assert.IsType<EditorialItem>(Parse(Transcript).Body.Items[0]);

        Assert.Equal(2, Html(intro.Html).QuerySelectorAll("p").Length);
        Assert.Equal(1, intro.Location.Line);
    }

    [Fact]
    public void Turn_RunsOverParagraphsListsAndQuotesUntilHeading()
    {
        var answer = Turns(Transcript)[1];
        var html = Html(answer.Html);

        Assert.Equal(2, html.QuerySelectorAll("body > p").Length);
        Assert.Equal(2, html.QuerySelectorAll("ul > li").Length);
        Assert.NotNull(html.QuerySelector("blockquote"));
        Assert.DoesNotContain("Part two", answer.Html);
        Assert.Equal("First answer. A second paragraph of the answer. a list in the answer and a quote", answer.Text);
    }

    [Fact]
    public void Heading_IsItemWithLevelTextAndAnchor()
    {
        var heading = Assert.Single(Parse(Transcript).Body.Items.OfType<HeadingItem>());

        Assert.Equal(2, heading.Level);
        Assert.Equal("Part two", heading.Text);
        Assert.Equal("Part two", heading.Html);
        Assert.Equal("part-two", heading.Anchor);
        Assert.Equal(16, heading.Location.Line);
    }

    [Fact]
    public void ThematicBreak_EndsTurnAndFollowingTextIsEditorial()
    {
        var items = Parse(Transcript).Body.Items;

        var lastTurn = Assert.IsType<TurnItem>(items[4]);
        Assert.DoesNotContain("After the break", lastTurn.Html);
        Assert.Contains("After the break", Assert.IsType<EditorialItem>(items[6]).Html);
        Assert.Equal(20, items[5].Location.Line);
    }

    [Fact]
    public void LinkDefinitionsAndFootnoteDefinitions_DoNotEndATurn()
    {
        var turn = Assert.Single(Turns("@time: One [link][r].[^1]\n\n[r]: https://example.com\n[^1]: Note.\n\nStill the same turn."));

        Assert.Equal(2, Html(turn.Html).QuerySelectorAll("p").Length);
    }
}

using StaticSite.Diagnostics;
using StaticSite.Markdown;
using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class AnchorTests
{
    [Fact]
    public void DerivedAnchor_IsSpeakerAndFirstSixWords()
    {
        var turn = Assert.Single(Turns("@arthur-mensch: At first, we hired our friends. Then others."));

        Assert.Equal("arthur-mensch-at-first-we-hired-our-friends", turn.Anchor);
    }

    [Fact]
    public void DerivedAnchor_DropsDiacriticsApostrophesAndMarkup()
    {
        var turn = Assert.Single(Turns("@time: *Europe’s* café [it] isn't `big`."));

        Assert.Equal("time-europes-cafe-it-isnt-big", turn.Anchor);
    }

    [Fact]
    public void ClashingDerivedAnchors_GetNumberedInDocumentOrder()
    {
        var turns = Turns("@time: Why?\n\n@time: Why?\n\n@time: Why?");

        Assert.Equal(["time-why", "time-why-2", "time-why-3"], turns.Select(t => t.Anchor));
    }

    [Fact]
    public void DerivedAnchor_GivesWayToExplicitAnchor()
    {
        var turns = Turns("@time: Why?\n\n@arthur-mensch {#time-why}: Because.");

        Assert.Equal(["time-why-2", "time-why"], turns.Select(t => t.Anchor));
    }

    [Fact]
    public void HeadingAndTurnAnchors_AreUniqueTogether()
    {
        var items = Parse("## Time why\n\n@time: Why?").Body.Items;

        Assert.Equal("time-why", ((HeadingItem)items[0]).Anchor);
        Assert.Equal("time-why-2", ((TurnItem)items[1]).Anchor);
    }

    [Fact]
    public void DuplicateExplicitAnchors_IsErrorNamingBothLines()
    {
        var (_, diagnostics) = Parse("@time {#q}: One.\n\n@time {#q}: Two.", firstLine: 8);

        var error = Single(diagnostics, DiagnosticCodes.DuplicateAnchor);
        Assert.Equal(new SourceLocation(TranscriptPath, 10, 7), error.Location);
        Assert.Contains("line 8", error.Message);
        Assert.Contains("line 10", error.Message);
    }

    [Fact]
    public void EditingAnEarlierTurn_DoesNotMoveLaterAnchors()
    {
        var before = Turns("@time: Why?\n\n@arthur-mensch: Because we can.");
        var after = Turns("@time: Why, really, and how?\n\n@arthur-mensch: Because we can.");

        Assert.Equal(before[1].Anchor, after[1].Anchor);
    }

    [Fact]
    public void InsertingATurnBefore_DoesNotMoveAnchors()
    {
        var before = Turns("@time: Why?\n\n@arthur-mensch: Because we can.");
        var after = Turns("@time: Hello there.\n\n@arthur-mensch: Hi.\n\n@time: Why?\n\n@arthur-mensch: Because we can.");

        Assert.Equal(before.Select(t => t.Anchor), after.Skip(2).Select(t => t.Anchor));
    }

    [Fact]
    public void LongTurnOpening_IsCutAtAWordBoundary()
    {
        var turn = Assert.Single(Turns("@arthur-mensch: Internationalisation internationalisation internationalisation internationalisation."));

        Assert.True(turn.Anchor.Length <= 60, turn.Anchor);
        Assert.False(turn.Anchor.EndsWith('-'));
    }
}

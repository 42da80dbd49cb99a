using StaticSite.Diagnostics;
using StaticSite.Markdown;
using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class TurnLabelTests
{
    [Fact]
    public void LabelWithTopicsAndAnchor_IsReadAndRemovedFromHtml()
    {
        var (body, diagnostics) = Parse("@time #talent #open-source {#hiring}: How did you hire?");

        var turn = Assert.IsType<TurnItem>(Assert.Single(body.Items));
        Assert.Equal("time", turn.Speaker.Id);
        Assert.Equal(["talent", "open-source"], turn.Topics.Select(t => t.Id));
        Assert.Equal(7, turn.Topics[0].Location.Column);
        Assert.Equal(15, turn.Topics[1].Location.Column);
        Assert.Equal("hiring", turn.Anchor);
        Assert.Equal(new SourceLocation(TranscriptPath, 1, 1), turn.Location);
        Assert.Equal("<p>How did you hire?</p>", turn.Html.Trim());
        Assert.Equal("How did you hire?", turn.Text);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void LabelAloneOnItsLine_TurnTextStartsOnNextLine()
    {
        var turn = Assert.Single(Turns("@arthur-mensch:\nAt first, we hired our friends."));

        Assert.Equal("<p>At first, we hired our friends.</p>", turn.Html.Trim());
    }

    [Fact]
    public void LabelAloneAsParagraph_LeavesNoEmptyParagraph()
    {
        var turn = Assert.Single(Turns("@arthur-mensch:\n\nAnswer."));

        Assert.Single(Html(turn.Html).QuerySelectorAll("p"));
    }

    [Fact]
    public void SpeakerWrittenAsName_IsInvalidIdButStillATurn()
    {
        var (body, diagnostics) = Parse("Intro.\n\n@Arthur Mensch: Hello.", firstLine: 10);

        var turn = Assert.Single(body.Items.OfType<TurnItem>());
        Assert.Equal("Arthur Mensch", turn.Speaker.Id);
        var error = Single(diagnostics, DiagnosticCodes.InvalidId);
        Assert.Equal(new SourceLocation(TranscriptPath, 12, 1), error.Location);
        Assert.Contains("arthur-mensch", error.Message);
    }

    [Fact]
    public void SpeakerWithUnderscore_IsInvalidId()
    {
        var (body, diagnostics) = Parse("@arthur_mensch: Hello.");

        Assert.Single(body.Items.OfType<TurnItem>());
        Assert.Equal(1, Single(diagnostics, DiagnosticCodes.InvalidId).Location.Column);
    }

    [Fact]
    public void CapitalisedTopic_IsReportedAtItsHash()
    {
        var (body, diagnostics) = Parse("@time #Topic #talent: Hello.");

        var turn = Assert.Single(body.Items.OfType<TurnItem>());
        Assert.Equal(["talent"], turn.Topics.Select(t => t.Id));
        Assert.Equal(new SourceLocation(TranscriptPath, 1, 7), Single(diagnostics, DiagnosticCodes.InvalidId).Location);
    }

    [Fact]
    public void InvalidExplicitAnchor_IsInvalidId()
    {
        var (_, diagnostics) = Parse("@time {#Bad_Anchor}: Hello.");

        Assert.Equal(7, Single(diagnostics, DiagnosticCodes.InvalidId).Location.Column);
    }

    [Theory]
    [InlineData("@home is where the heart is.")]
    [InlineData("@home is great: really.")]
    [InlineData("Email me @ noon: fine.")]
    public void ProseStartingWithAt_IsEditorialText(string text)
    {
        var (body, diagnostics) = Parse(text);

        var item = Assert.IsType<EditorialItem>(Assert.Single(body.Items));
        Assert.Contains(text.Split(' ')[0], item.Html);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void LabelInsideBlockQuote_IsNotATurn()
    {
        Assert.Empty(Turns("> @time: quoted"));
    }
}

using StaticSite.Diagnostics;
using StaticSite.Markdown;
using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class MarginNoteTests
{
    private const string Transcript = """
        Intro with a note.[^intro]

        @time: First turn.[^b] And again.[^a]

        @arthur-mensch: Second turn cites b again.[^b]

        [^a]: Note *a*.
        [^b]: Note b.
        [^intro]: The intro note.
        """;

    [Fact]
    public void Notes_AreNumberedByFirstReferenceAcrossTranscript()
    {
        var turns = Turns(Transcript);

        Assert.Equal([("b", "2"), ("a", "3")], turns[0].Notes.Select(n => (n.Label, n.Number)));
        Assert.Equal([("b", "2")], turns[1].Notes.Select(n => (n.Label, n.Number)));
    }

    [Fact]
    public void NoteReference_RendersAsSupWithLinkToNote()
    {
        var html = Html(Turns(Transcript)[0].Html);

        var sup = html.QuerySelector("sup.note-ref#ref-b")!;
        Assert.Equal("#note-b", sup.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("2", sup.TextContent);
        Assert.DoesNotContain("footnote", Turns(Transcript)[0].Html);
    }

    [Fact]
    public void NoteContent_IsInlineHtmlWithoutParagraph()
    {
        var note = Turns(Transcript)[0].Notes.Single(n => n.Label == "a");

        Assert.Equal("note-a", note.Anchor);
        Assert.Equal("Note <em>a</em>.", note.Html);
    }

    [Fact]
    public void NoteDefinitions_AreNotRenderedWhereTheyStand()
    {
        var items = Parse(Transcript).Body.Items;

        Assert.DoesNotContain(items.OfType<TurnItem>(), t => t.Html.Contains("Note b.", StringComparison.Ordinal));
        Assert.DoesNotContain(items.OfType<EditorialItem>(), e => e.Html.Contains("Note b.", StringComparison.Ordinal));
    }

    [Fact]
    public void NoteInEditorialItem_IsItsMarginNoteNotItsHtml()
    {
        var intro = Parse(Transcript).Body.Items.OfType<EditorialItem>().First();

        var note = Assert.Single(intro.Notes);
        Assert.Equal(("intro", "1", "note-intro", "The intro note."), (note.Label, note.Number, note.Anchor, note.Html));
        Assert.DoesNotContain("The intro note.", intro.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TurnText_HasNoNoteNumbers()
    {
        Assert.Equal("First turn. And again.", Turns(Transcript)[0].Text);
    }

    [Fact]
    public void MissingDefinition_IsWarningAndPlainText()
    {
        var (body, diagnostics) = Parse("@time: A claim.[^gone]", firstLine: 3);

        var warning = Single(diagnostics, DiagnosticCodes.MissingFootnote);
        Assert.Equal(new SourceLocation(TranscriptPath, 3, 16), warning.Location);
        Assert.Contains("[^gone]", ((TurnItem)body.Items[0]).Html);
    }

    [Fact]
    public void UnusedDefinition_IsWarning()
    {
        var (_, diagnostics) = Parse("@time: No reference.\n\n[^lost]: Never cited.");

        Assert.Equal(3, Single(diagnostics, DiagnosticCodes.UnusedFootnote).Location.Line);
    }
}

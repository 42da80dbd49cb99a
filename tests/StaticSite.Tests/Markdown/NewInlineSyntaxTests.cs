using StaticSite.Diagnostics;
using StaticSite.Markdown;
using StaticSite.Tests.Markdown.StageDirections;
using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

/// <summary>
/// A syntax added by a test (stage directions, <c>{~ laughs ~}</c>) is read as plain text and
/// glossary-linked only as its own inline declares: the site's walks over the tree know no feature.
/// </summary>
public class NewInlineSyntaxTests
{
    private const string Transcript = "@ana: Well {~ laughs about AI ~} AI is here.";

    private static TurnItem Turn()
    {
        var converter = new MarkdownConverter(Glossary, rawHtml: false, "/", [new StageDirectionExtension()]);
        var diagnostics = new DiagnosticBag();
        var body = converter.ParseTranscript(new MarkdownSource(Transcript, TranscriptPath, 1), diagnostics)!;
        Assert.Empty(diagnostics.Sorted());
        return Assert.IsType<TurnItem>(Assert.Single(body.Items));
    }

    [Fact]
    public void StageDirection_IsRenderedByItsExtension()
    {
        Assert.Equal("laughs about AI", Html(Turn().Html).QuerySelector("span.direction")?.TextContent);
    }

    [Fact]
    public void StageDirection_IsLeftOutOfPlainTextAndAnchor()
    {
        var turn = Turn();

        Assert.Equal("Well AI is here.", turn.Text);
        Assert.Equal("ana-well-ai-is-here", turn.Anchor);
    }

    [Fact]
    public void StageDirection_IsNotEnteredByGlossaryLinking()
    {
        var html = Html(Turn().Html);

        Assert.Null(html.QuerySelector("span.direction a.term"));
        Assert.Equal("AI", Assert.Single(html.QuerySelectorAll("a.term")).TextContent);
    }
}

using StaticSite.Diagnostics;
using StaticSite.Markdown;
using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class RawHtmlTests
{
    private const string Text = "@time: Some <b>bold</b> text.\n\n<div class=\"x\">block</div>";

    [Fact]
    public void RawHtmlNotAllowed_IsDroppedWithWarningsAtEachPlace()
    {
        var (body, diagnostics) = Parse(Text, firstLine: 4);

        var turn = Assert.Single(body.Items.OfType<TurnItem>());
        Assert.DoesNotContain("<b>", turn.Html);
        Assert.DoesNotContain("<div", turn.Html);
        Assert.Contains("bold", turn.Html);
        Assert.Equal(
            [(4, 13), (4, 20), (6, 1)],
            diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.RawHtmlDropped).Select(d => (d.Location.Line, d.Location.Column)));
        Assert.All(diagnostics.Sorted(), d => Assert.False(d.IsError));
        Assert.Contains("raw_html: true", diagnostics.Sorted()[0].Message);
    }

    [Fact]
    public void RawHtmlAllowed_PassesThrough()
    {
        var (body, diagnostics) = Parse(Text, rawHtml: true);

        var html = Html(Assert.Single(body.Items.OfType<TurnItem>()).Html);
        Assert.NotNull(html.QuerySelector("p > b"));
        Assert.NotNull(html.QuerySelector("div.x"));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void RawHtmlInField_IsDroppedToo()
    {
        var diagnostics = new DiagnosticBag();
        var html = Converter().RenderField(new MarkdownSource("Hi <script>alert(1)</script>", "input/speakers.yml", 3, 8), diagnostics);

        Assert.DoesNotContain("<script", html);
        Assert.Equal(new SourceLocation("input/speakers.yml", 3, 11), diagnostics.Sorted()[0].Location);
    }
}

using StaticSite.Diagnostics;
using StaticSite.Markdown;
using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class EncodingTests
{
    [Fact]
    public void ScriptWrittenAsText_IsEncoded()
    {
        var turn = Assert.Single(Turns("@time: Try \\<script>alert('x')\\</script> & \"quotes\" in [a <i>]."));
        var html = Html(turn.Html);

        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.Empty(html.QuerySelectorAll("i"));
        Assert.Contains("&lt;script&gt;", turn.Html);
    }

    [Fact]
    public void HostileWikiLinkText_IsEncoded()
    {
        var html = Html(Assert.Single(Turns("@time: [[<img src=x onerror=alert(1)>|api]] and [[\"><b>|nope]]")).Html);

        Assert.Empty(html.QuerySelectorAll("img"));
        Assert.Empty(html.QuerySelectorAll("b"));
        Assert.Equal("<img src=x onerror=alert(1)>", html.QuerySelector("a.term")?.TextContent);
    }

    [Fact]
    public void HostileGlossaryDefinitionAndHref_AreEncoded()
    {
        var glossary = new List<GlossaryForms> { new("x", ["Xterm"], "/g/x/\"><b>", "</span><script>bad()</script>") };
        var converter = new MarkdownConverter(glossary, rawHtml: false);
        var body = converter.ParseTranscript(new MarkdownSource("@time: Xterm.", TranscriptPath), new DiagnosticBag())!;
        var html = Html(((TurnItem)body.Items[0]).Html);

        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.Empty(html.QuerySelectorAll("b"));
        Assert.Equal("</span><script>bad()</script>", html.QuerySelector(".term-card")?.TextContent);
    }
}

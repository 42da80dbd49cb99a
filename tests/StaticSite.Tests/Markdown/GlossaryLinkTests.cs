using StaticSite.Markdown;
using static StaticSite.Tests.Markdown.MarkdownTestBed;

namespace StaticSite.Tests.Markdown;

public class GlossaryLinkTests
{
    [Fact]
    public void FirstOccurrencePerTurn_IsLinkedOnce()
    {
        var turns = Turns("@time: The API, the API, the APIs.\n\n@arthur-mensch: Yes, the API.");

        Assert.Single(Html(turns[0].Html).QuerySelectorAll("a.term"));
        Assert.Single(Html(turns[1].Html).QuerySelectorAll("a.term"));
        Assert.Equal(["api"], turns[0].TermIds);
    }

    [Fact]
    public void TermLink_HasCardWithEncodedDefinitionAndScopedIds()
    {
        var turn = Assert.Single(Turns("@time {#q}: The API and open source."));
        var html = Html(turn.Html);

        var refs = html.QuerySelectorAll("span.term-ref");
        Assert.Equal(2, refs.Length);
        Assert.Equal("tc-q-1", refs[0].QuerySelector("a.term")?.GetAttribute("aria-describedby"));
        Assert.Equal("tc-q-2", refs[1].QuerySelector(".term-card")?.Id);
        Assert.Equal("A way for programs to talk <to> each other & more.", refs[0].QuerySelector(".term-card")?.TextContent);
        Assert.Contains("&lt;to&gt; each other &amp; more", turn.Html);
        Assert.Equal(["api", "open-source"], turn.TermIds);
    }

    [Theory]
    [InlineData("@time: See [the API docs](https://example.com).")]
    [InlineData("@time: Call `API` now.")]
    [InlineData("@time:\n\n    API in code block")]
    [InlineData("@time: A note.[^1]\n\n[^1]: About the API.")]
    public void NothingLinkedInsideLinksCodeOrNotes(string text)
    {
        var turn = Assert.Single(Turns(text));

        Assert.Empty(Html(turn.Html).QuerySelectorAll("a.term"));
        Assert.All(turn.Notes, n => Assert.DoesNotContain("term", n.Html));
    }

    [Fact]
    public void NothingLinkedInHeadingsOrLabels()
    {
        var items = Parse("## The API\n\n@api: Hello.").Body.Items;

        Assert.DoesNotContain("term", ((HeadingItem)items[0]).Html);
        Assert.DoesNotContain("term", ((TurnItem)items[1]).Html);
    }

    [Fact]
    public void TermInsideEmphasisOrInsertion_IsLinked()
    {
        var html = Html(Assert.Single(Turns("@time: *the API* and [open source] code.")).Html);

        Assert.NotNull(html.QuerySelector("em a.term"));
        Assert.NotNull(html.QuerySelector("span.insertion a.term"));
    }

    [Fact]
    public void EditorialItems_HaveTheirOwnScopes()
    {
        var items = Parse("Intro API.\n\n@time: API.\n\n---\n\nMore API.").Body.Items;
        var ids = items.SelectMany(i => Html(i switch { EditorialItem e => e.Html, TurnItem t => t.Html, _ => "" })
            .QuerySelectorAll(".term-card").Select(c => c.Id!)).ToList();

        Assert.Equal(["tc-intro-1", "tc-time-api-1", "tc-ed-2-1"], ids);
    }

    [Fact]
    public void GlossaryMatches_ProduceNoDiagnostics()
    {
        Assert.Empty(Parse("@time: API and open source and EU AI Act.").Diagnostics.Sorted());
    }
}

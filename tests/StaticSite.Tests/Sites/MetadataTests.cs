using System.Text.Json;
using AngleSharp.Dom;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>What search engines, sharing cards and reference managers read; the transcript exports beside each page.</summary>
public sealed class MetadataTests : IDisposable
{
    private static readonly string[] _schemaTypes = ["Article", "Conversation", "Message", "Person", "Organization", "DefinedTermSet", "DefinedTerm"];

    private readonly TestSite _site = TestSite.BuildMinimal("""
        -- input/site.yml --
        title: Test Exchanges
        description: A test publication.
        language: en
        base_url: https://example.org/pub/
        """).AssertSucceeded();

    public void Dispose() => _site.Dispose();

    private static string? Meta(IDocument page, string name) =>
        page.QuerySelector($"meta[name='{name}'], meta[property='{name}']")?.GetAttribute("content");

    [Theory]
    [InlineData("")]
    [InlineData("transcripts/first-talk/")]
    [InlineData("topics/money/")]
    [InlineData("speakers/guest/")]
    [InlineData("glossary/api/")]
    [InlineData("about/")]
    public void EveryPage_HasCanonicalDescriptionOpenGraphAndTwitterCard(string url)
    {
        var page = _site.Page(url);
        Assert.Equal("https://example.org/pub/" + url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "description")));
        Assert.Equal("https://example.org/pub/" + url, Meta(page, "og:url"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")));
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.NotNull(page.QuerySelector("link[rel=alternate][type='application/atom+xml']"));
    }

    [Fact]
    public void Transcript_IsAnArticleWithCitationMetadata()
    {
        var page = _site.Page("transcripts/first-talk/");
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("The First Talk", Meta(page, "citation_title"));
        Assert.Equal("2024/11/07", Meta(page, "citation_publication_date"));
        Assert.Equal(["The Host", "Ada Guest"], page.QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")));
        Assert.Equal("Test Weekly", Meta(page, "citation_publisher"));
        Assert.Equal("2024-11-07", Meta(page, "DC.date"));
        Assert.Equal("The First Talk", Meta(page, "DC.title"));
    }

    [Fact]
    public void TranscriptJsonLd_ParsesAndUsesOnlySchemaOrgTypes()
    {
        var page = _site.Page("transcripts/first-talk/");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var article = json.RootElement;
        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal("2024-11-07", article.GetProperty("datePublished").GetString());
        var conversation = article.GetProperty("about");
        Assert.Equal("Conversation", conversation.GetProperty("@type").GetString());
        var messages = conversation.GetProperty("hasPart").EnumerateArray().ToList();
        Assert.Equal(page.QuerySelectorAll("article.turn").Length, messages.Count);
        Assert.All(messages, m =>
        {
            Assert.Equal("Message", m.GetProperty("@type").GetString());
            Assert.Equal("Person", m.GetProperty("sender").GetProperty("@type").GetString());
            Assert.StartsWith("https://example.org/pub/transcripts/first-talk/#", m.GetProperty("url").GetString());
            Assert.False(m.TryGetProperty("text", out _), "a message repeats the page's words");
        });
        Assert.Equal("Ada Guest", messages[1].GetProperty("sender").GetProperty("name").GetString());
        var glossary = article.GetProperty("mentions");
        Assert.Equal("DefinedTermSet", glossary.GetProperty("@type").GetString());
        Assert.Contains(glossary.GetProperty("hasDefinedTerm").EnumerateArray(), t => t.GetProperty("name").GetString() == "API" && t.GetProperty("@type").GetString() == "DefinedTerm");
        Assert.All(Types(article), type => Assert.Contains(type, _schemaTypes));
    }

    [Fact]
    public void ScriptClosingTextInATitle_CannotEscapeTheJsonLd()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/transcripts/first-talk.md --
            ---
            title: "</script><script>alert(1)</script>"
            date: 2024-11-07
            speakers:
              - { id: host, role: interviewer }
            ---

            @host: Hello </script> there.
            """).AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        var script = Assert.Single(page.QuerySelectorAll("script:not([src])")); // the theme's reader.js is the only other script
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("</script><script>alert(1)</script>", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void JsonExport_MatchesThePage()
    {
        var page = _site.Page("transcripts/first-talk/");
        Assert.NotNull(page.QuerySelector("link[rel=alternate][type='application/json'][href='/pub/transcripts/first-talk/transcript.json']"));
        Assert.NotNull(page.QuerySelector("main a[href='/pub/transcripts/first-talk/transcript.txt']"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Output, "transcripts/first-talk/transcript.json")));
        var turns = json.RootElement.GetProperty("turns").EnumerateArray().ToList();
        var articles = page.QuerySelectorAll("article.turn").ToList();
        Assert.Equal(articles.Count, turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            Assert.Equal(articles[i].Id, turns[i].GetProperty("anchor").GetString());
            Assert.Equal(Normalize(TurnText(articles[i])), turns[i].GetProperty("text").GetString());
        }
        Assert.Equal("Ada Guest", turns[1].GetProperty("speaker_name").GetString());
        Assert.Equal(["money"], turns[1].GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("https://example.org/pub/transcripts/first-talk/#" + articles[0].Id, turns[0].GetProperty("url").GetString());
    }

    [Fact]
    public void TextExport_HasEveryTurnWithItsSpeaker()
    {
        var text = File.ReadAllText(Path.Combine(_site.Output, "transcripts/first-talk/transcript.txt"));
        Assert.StartsWith("The First Talk\nTest Weekly, November 7, 2024\nhttps://example.org/pub/transcripts/first-talk/\n\n", text);
        Assert.Contains("ADA GUEST: Mostly APIs.\n", text);
        Assert.Equal(4, text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    // The turn's words as a reader sees them, without the hover cards' definitions and note numbers.
    private static string TurnText(IElement turn)
    {
        var body = (IElement)turn.QuerySelector(".turn__body")!.Clone();
        foreach (var hidden in body.QuerySelectorAll(".term-card, sup.note-ref").ToList()) hidden.Remove();
        return body.TextContent;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Types(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "@type") yield return property.Value.GetString()!;
                foreach (var type in Types(property.Value)) yield return type;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var type in Types(item)) yield return type;
        }
    }
}

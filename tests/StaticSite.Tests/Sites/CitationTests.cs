using System.Text.Json;
using AngleSharp.Dom;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>
/// A transcript's Cite section, its citation files (BibTeX, RIS, CSL-JSON), its passages' citations,
/// and their agreement with the page's citation_* metadata, over a title full of characters to escape.
/// </summary>
public sealed class CitationTests : IDisposable
{
    private const string Title = """Tom & "Jerry" {braces} 50% café_#1 \ ~""";

    private readonly TestSite _site = TestSite.BuildMinimal("""
        -- input/site.yml --
        title: Test Exchanges
        description: A test publication.
        language: en
        base_url: https://example.org/pub/
        -- input/transcripts/first-talk.md --
        ---
        title: 'Tom & "Jerry" {braces} 50% café_#1 \ ~'
        date: 2024-11-07
        source: { name: Test Weekly }
        speakers:
          - { id: host, role: interviewer }
          - { id: guest }
        ---

        @host #money: How do you pay for the API?

        @guest: We sell access.
        """).AssertSucceeded();

    public void Dispose() => _site.Dispose();

    private IDocument Transcript => _site.Page("transcripts/first-talk/");

    private string File(string name) => System.IO.File.ReadAllText(Path.Combine(_site.Output, "transcripts/first-talk", name));

    private static string Meta(IDocument page, string name) => page.QuerySelector($"meta[name='{name}']")!.GetAttribute("content")!;

    private static string[] Metas(IDocument page, string name) => [.. page.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!)];

    [Fact]
    public void TranscriptPage_HasCiteSectionInApaAndChicagoWithTheFiles()
    {
        var section = Transcript.QuerySelector("section#cite")!;
        Assert.Equal("Cite this interview", section.QuerySelector("h2")!.TextContent);
        var styles = section.QuerySelectorAll(".cite__styles dd").Select(d => d.TextContent).ToList();
        Assert.Equal(
            $"Host, T., & Guest, A. (2024, November 7). {Title} [Interview]. Test Weekly. https://example.org/pub/transcripts/first-talk/",
            styles[0]);
        Assert.Equal(
            $"Host, The, and Ada Guest. “{Title}.” Interview. Test Weekly, November 7, 2024. https://example.org/pub/transcripts/first-talk/.",
            styles[1]);
        Assert.Equal(["/pub/transcripts/first-talk/cite.bib", "/pub/transcripts/first-talk/cite.ris", "/pub/transcripts/first-talk/cite.json"],
            section.QuerySelectorAll(".cite__downloads a[download]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void BibTex_EscapesTexSpecialCharactersAndKeepsBracesBalanced()
    {
        var bib = File("cite.bib");
        Assert.StartsWith("@misc{first-talk,\n", bib);
        Assert.Contains("  title = {{Tom \\& \"Jerry\" \\{braces\\} 50\\% café\\_\\#1 \\textbackslash{} \\textasciitilde{}}},\n", bib);
        Assert.Contains("  author = {Host, The and Guest, Ada},\n", bib);
        var depth = 0;
        foreach (var c in bib.Replace("\\{", "").Replace("\\}", ""))
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            Assert.True(depth >= 0, "a closing brace without its opening one");
        }
        Assert.Equal(0, depth);
    }

    [Fact]
    public void CitationFiles_AgreeWithTheCitationMetadata()
    {
        var page = Transcript;
        var title = Meta(page, "citation_title");
        var authors = Metas(page, "citation_author");
        var publisher = Meta(page, "citation_publisher");
        var url = Meta(page, "citation_public_url");
        var date = Meta(page, "citation_publication_date");
        Assert.Equal(Title, title);
        Assert.Equal(["The Host", "Ada Guest"], authors);
        Assert.Equal("https://example.org/pub/transcripts/first-talk/", url);

        var ris = File("cite.ris").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (Tag: l[..2], Value: l[6..])).ToList();
        Assert.Equal("TY", ris[0].Tag);
        Assert.Equal("ER", ris[^1].Tag);
        Assert.Equal(title, ris.Single(l => l.Tag == "TI").Value);
        Assert.Equal(authors.Select(Inverted), ris.Where(l => l.Tag == "AU").Select(l => l.Value));
        Assert.Equal(publisher, ris.Single(l => l.Tag == "PB").Value);
        Assert.Equal(url, ris.Single(l => l.Tag == "UR").Value);
        Assert.Equal(date + "/", ris.Single(l => l.Tag == "DA").Value);

        using var csl = JsonDocument.Parse(File("cite.json"));
        var item = csl.RootElement.EnumerateArray().Single();
        Assert.Equal(title, item.GetProperty("title").GetString());
        Assert.Equal(authors, item.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("given").GetString() + " " + a.GetProperty("family").GetString()));
        Assert.Equal(publisher, item.GetProperty("publisher").GetString());
        Assert.Equal(url, item.GetProperty("URL").GetString());
        Assert.Equal(date, string.Join('/', item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32().ToString("00"))));

        var bib = File("cite.bib");
        Assert.Contains($"  url = {{{url}}},\n", bib);
        Assert.Contains($"  publisher = {{{publisher}}},\n", bib);
        Assert.Contains($"  date = {{{date.Replace('/', '-')}}},\n", bib);
    }

    [Fact]
    public void EveryTurn_LinksToItsPassageCitation()
    {
        var links = Transcript.QuerySelectorAll("article.turn").Select(t => (t.Id, Href: t.QuerySelector("a.cite-link")!.GetAttribute("href"))).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Equal("/pub/transcripts/first-talk/cite/#" + l.Id, l.Href));
        Assert.All(Transcript.QuerySelectorAll("a.cite-link"), a => Assert.Equal("Cite this passage", a.GetAttribute("aria-label")));
    }

    [Fact]
    public void PassageCitation_NamesItsSpeakerAndItsOwnUrl()
    {
        var answer = Transcript.QuerySelectorAll("article.turn")[1].Id!;
        var entry = _site.Page("transcripts/first-talk/cite/").GetElementById(answer)!;
        var passageUrl = "https://example.org/pub/transcripts/first-talk/#" + answer;
        Assert.Equal("/pub/transcripts/first-talk/#" + answer, entry.QuerySelector("h3 a")!.GetAttribute("href"));
        var styles = entry.QuerySelectorAll(".cite__styles dd").Select(d => d.TextContent).ToList();
        Assert.Equal($"Guest, A. (2024, November 7). {Title} [Interview]. Test Weekly. {passageUrl}", styles[0]);
        Assert.Equal($"Guest, Ada. “{Title}.” Interview. Test Weekly, November 7, 2024. {passageUrl}.", styles[1]);
        Assert.Contains("  author = {Guest, Ada},\n", entry.QuerySelector(".passage-citation__bibtex")!.TextContent);
        Assert.Contains($"UR  - {passageUrl}\n", entry.QuerySelector(".passage-citation__ris")!.TextContent);
        using var csl = JsonDocument.Parse(entry.QuerySelector(".passage-citation__csl")!.TextContent);
        Assert.Equal(passageUrl, csl.RootElement[0].GetProperty("URL").GetString());
        Assert.Equal("Guest", csl.RootElement[0].GetProperty("author")[0].GetProperty("family").GetString());
    }

    private static string Inverted(string name) => name[(name.LastIndexOf(' ') + 1)..] + ", " + name[..name.LastIndexOf(' ')];
}

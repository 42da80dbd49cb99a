using System.Text;
using StaticSite.Diagnostics;
using StaticSite.Output;

namespace StaticSite.Tests.Output;

/// <summary>Link validation over written pages: every form of address an editor or a layout can write.</summary>
public sealed class LinkIndexTests
{
    private static readonly string[] _files = ["index.html", "about/index.html", "topics/x/index.html", "assets/my file.pdf", "assets/css/site.css"];

    private static IReadOnlyList<Diagnostic> Check(string basePath, string page, string html, string? otherPage = null, string otherHtml = "")
    {
        var bag = new DiagnosticBag();
        var index = new LinkIndex(basePath, _files, bag);
        index.AddPage(page, "input/pages/p.md", Encoding.UTF8.GetBytes(html));
        if (otherPage is not null) index.AddPage(otherPage, "", Encoding.UTF8.GetBytes(otherHtml));
        index.ReportMissingAnchors();
        return bag.Sorted();
    }

    [Theory]
    [InlineData("/about/")]
    [InlineData("/about/index.html")]
    [InlineData("/")]
    [InlineData("./")]
    [InlineData("../../about/")]
    [InlineData("/about/?from=home")]
    [InlineData("/assets/my%20file.pdf")]
    [InlineData("/assets/css/site.css")]
    [InlineData("#")]
    [InlineData("#:~:text=hello")]
    [InlineData("https://example.org/nowhere/")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("/topics/x/#here")]
    public void ResolvingAddresses_AreAccepted(string href)
    {
        var diagnostics = Check("/", "topics/x/index.html", $"<p id=\"here\"><a href=\"{href}\">x</a></p>");
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("/nowhere/", DiagnosticCodes.BrokenLink)]
    [InlineData("nowhere/", DiagnosticCodes.BrokenLink)]
    [InlineData("/assets/missing.css", DiagnosticCodes.BrokenLink)]
    [InlineData("#missing", DiagnosticCodes.BrokenAnchor)]
    [InlineData("/about/#missing", DiagnosticCodes.BrokenAnchor)]
    [InlineData("", DiagnosticCodes.BrokenLink)]
    public void BrokenAddresses_AreReportedOnThePage(string href, string code)
    {
        var diagnostic = Assert.Single(Check("/", "topics/x/index.html", $"<a href=\"{href}\">x</a>", "about/index.html", "<p id=\"present\"></p>"));
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal("input/pages/p.md", diagnostic.Location.Path);
        Assert.Contains("page /topics/x/", diagnostic.Message);
    }

    [Fact]
    public void AnchorOnAnotherPage_IsFoundWhicheverPageIsWrittenFirst()
    {
        Assert.Empty(Check("/", "topics/x/index.html", "<a href=\"/about/#present\">x</a>", "about/index.html", "<p id=\"present\"></p>"));
    }

    [Fact]
    public void LinkOutsideTheBasePath_IsReported()
    {
        var diagnostic = Assert.Single(Check("/pub/", "topics/x/index.html", "<a href=\"/about/\">x</a>"));
        Assert.Contains("outside the site's base path /pub/", diagnostic.Message);
    }

    [Fact]
    public void UnderABasePath_LinksResolve()
    {
        Assert.Empty(Check("/pub/", "topics/x/index.html", "<a href=\"/pub/about/\">x</a><a href=\"../../about/\">y</a><link href=\"/pub/assets/css/site.css\">"));
    }

    // A page names the same few pages again and again; a path that differs from one named before,
    // however little, is checked for itself.
    [Theory]
    [InlineData("/assets/css/site.css", "/assets/css/")]
    [InlineData("/about/", "/about/index.htm")]
    [InlineData("/about/", "/about")]
    [InlineData("/about/index.html", "/about/index.html/")]
    public void APathNamedBefore_DoesNotAnswerForAnotherPath(string named, string other)
    {
        var diagnostics = Check("/", "topics/x/index.html", $"<a href=\"{named}\">a</a><a href=\"{named}\">b</a><a href=\"{other}\">c</a>");
        Assert.Equal(DiagnosticCodes.BrokenLink, Assert.Single(diagnostics).Code);
        Assert.Contains($"'{other}'", diagnostics[0].Message);
    }

    [Fact]
    public void AnchorsOnAPageNamedAgainAndAgain_AreEachChecked()
    {
        var links = string.Concat(Enumerable.Range(0, 6).Select(i => $"<a href=\"/about/#a{i}\">{i}</a><a href=\"/topics/x/\">x</a>"));
        var diagnostics = Check("/", "topics/x/index.html", links, "about/index.html", "<p id=\"a0\"></p><p id=\"a1\"></p><p id=\"a2\"></p><p id=\"a4\"></p><p id=\"a5\"></p>");
        Assert.Equal(DiagnosticCodes.BrokenAnchor, Assert.Single(diagnostics).Code);
        Assert.Contains("#a3", diagnostics[0].Message);
    }

    [Fact]
    public void AFileWhoseNameIsAsLongAsIndexHtml_DoesNotAnswerForItsFolder()
    {
        var bag = new DiagnosticBag();
        var index = new LinkIndex("/", ["index.html", "files/image1.png"], bag);
        index.AddPage("index.html", "input/pages/p.md", "<a href=\"/files/image1.png\">a</a><a href=\"/files/\">b</a>"u8);
        Assert.Contains("'/files/'", Assert.Single(bag.Sorted()).Message);
    }

    [Theory]
    [InlineData("<p id=\"early\"></p><a href=\"#early\">after its id</a>")]
    [InlineData("<nav><a href=\"#late\">before its id, as a table of contents is</a></nav><h2 id=\"late\"></h2>")]
    public void AnAnchorOfThePageItself_IsFoundBeforeOrAfterTheLink(string html) => Assert.Empty(Check("/", "topics/x/index.html", html));

    // The previous build of a rebuild: the about page linking to an anchor of the topic's page, which has it.
    private static (MemorySite Site, byte[] About, ScannedLinks Links) PreviousBuild()
    {
        var about = Encoding.UTF8.GetBytes("<p><a href=\"/topics/x/#here\">x</a> <a href=\"/\">home</a></p>");
        var topic = Encoding.UTF8.GetBytes("<h1 id=\"here\">X</h1>");
        var first = new LinkIndex("/", _files, new DiagnosticBag());
        var site = new MemorySite();
        var links = first.AddPage("about/index.html", "input/pages/about.md", about, record: true)!;
        site.Add("about/index.html", about, links);
        site.Add("topics/x/index.html", topic, first.AddPage("topics/x/index.html", "", topic, record: true));
        foreach (var file in _files.Where(f => !site.Files.Contains(f))) site.Add(file, []);
        return (site, about, links);
    }

    [Fact]
    public void AReusedPage_IsCheckedByItsLastScan_AndAnAnchorGoneSinceIsReportedAtItsLink()
    {
        var (previous, about, links) = PreviousBuild();
        Assert.Equal(["index.html", "topics/x/index.html"], links.Targets.Order(StringComparer.Ordinal));
        Assert.Single(links.Anchors);

        // The next build still has the anchor: nothing to report, and the page is not scanned again.
        var bag = new DiagnosticBag();
        var next = new LinkIndex("/", _files, bag, previous: previous);
        Assert.True(next.AddScanned("about/index.html", "input/pages/about.md", about, links));
        next.AddPage("topics/x/index.html", "", Encoding.UTF8.GetBytes("<h1 id=\"here\">X</h1><p id=\"more\"></p>"));
        next.ReportMissingAnchors();
        Assert.Empty(bag.Sorted());

        // One without it, found whichever page comes first: the reused page's link is named, as a scan would name it.
        foreach (var reusedFirst in new[] { true, false })
        {
            bag = new DiagnosticBag();
            next = new LinkIndex("/", _files, bag, previous: previous);
            if (reusedFirst) Assert.True(next.AddScanned("about/index.html", "input/pages/about.md", about, links));
            next.AddPage("topics/x/index.html", "", Encoding.UTF8.GetBytes("<h1 id=\"there\">X</h1>"));
            if (!reusedFirst) Assert.True(next.AddScanned("about/index.html", "input/pages/about.md", about, links));
            next.ReportMissingAnchors();
            var broken = Assert.Single(bag.Sorted());
            Assert.Equal(DiagnosticCodes.BrokenAnchor, broken.Code);
            Assert.Equal("input/pages/about.md", broken.Location.Path);
            Assert.Contains("'/topics/x/#here'", broken.Message);
        }
    }

    [Fact]
    public void AReusedPageLinkingToAPageNoLongerBuilt_IsLeftToAScan()
    {
        var (previous, about, links) = PreviousBuild();
        var next = new LinkIndex("/", ["index.html", "about/index.html"], new DiagnosticBag(), previous: previous);
        Assert.False(next.AddScanned("about/index.html", "input/pages/about.md", about, links));
        // Another page gone leaves it as it was.
        next = new LinkIndex("/", ["index.html", "about/index.html", "topics/x/index.html"], new DiagnosticBag(), previous: previous);
        Assert.True(next.AddScanned("about/index.html", "input/pages/about.md", about, links));
    }
}

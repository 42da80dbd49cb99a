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
}

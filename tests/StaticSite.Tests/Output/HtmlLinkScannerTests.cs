using AngleSharp.Html.Parser;
using StaticSite.Output;
using StaticSite.Tests.EndToEnd;

namespace StaticSite.Tests.Output;

/// <summary>The scanner that replaced AngleSharp in link validation must read ids and links exactly as a real parser does.</summary>
public sealed class HtmlLinkScannerTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static (List<string> Ids, List<string> References) Scan(string html) => HtmlLinkScanner.Scan(html);

    [Fact]
    public void Attributes_AreReadWithAnyQuotingAndDecoded()
    {
        var (ids, references) = Scan("""<p id="a"><a href='/x/?a=1&amp;b=2' id=b>x</a><img src=/i.png alt="<a href='/no/'>"><link rel=icon href="/f.svg"></p>""");
        Assert.Equal(["a", "b"], ids);
        Assert.Equal(["/x/?a=1&b=2", "/i.png", "/f.svg"], references);
    }

    [Fact]
    public void CommentsScriptsAndStyles_AreSkipped()
    {
        var (ids, references) = Scan("""<!-- <a href="/c/" id="c"> --><script>var s = '<a href="/s/">';</script><style>a[href="/t/"]{}</style><a href="/real/">""");
        Assert.Empty(ids);
        Assert.Equal(["/real/"], references);
    }

    [Fact]
    public void AScriptEndsAtItsClosingTagInAnyCase_NotAtOtherEndTags()
    {
        var (ids, references) = Scan("""<script>var a = '</b><a href="/s/">'; </SCRIPT ><a id="after" href="/real/"><style></p>a{}</Style><a href="/also/">""");
        Assert.Equal(["after"], ids);
        Assert.Equal(["/real/", "/also/"], references);
    }

    [Fact]
    public void OnlyLinkAttributesOfLinkElementsCount()
    {
        var (ids, references) = Scan("""<div href="/not/"><a name="n" data-href="/no/">x</a><form action="/f/"></form><audio src="/a.mp3"></audio>""");
        Assert.Equal(["n"], ids);
        Assert.Equal(["/a.mp3"], references);
    }

    [Fact]
    public void EveryRealPage_ScansAsAngleSharpParsesIt()
    {
        Assert.True(site.Result.Succeeded);
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var (ids, references) = Scan(html);
            var document = parser.ParseDocument(html);
            var expectedIds = document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!));
            var expectedReferences = document.QuerySelectorAll("a[href], link[href], area[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("img[src], script[src], source[src], audio[src], video[src], iframe[src], track[src], embed[src]").Select(e => e.GetAttribute("src")!));
            Assert.Equal(expectedIds.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
            Assert.Equal(expectedReferences.Order(StringComparer.Ordinal), references.Order(StringComparer.Ordinal));
        }
    }
}

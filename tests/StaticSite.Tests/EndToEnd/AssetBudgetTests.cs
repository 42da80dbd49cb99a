using System.Text.RegularExpressions;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.EndToEnd;

/// <summary>What every page of the real publication downloads: local files only, nothing render-blocking but the stylesheet, within budget.</summary>
public sealed partial class AssetBudgetTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private const int ScriptBudget = 20 * 1024;
    private const int StylesheetBudget = 32 * 1024;

    [Fact]
    public void EveryPage_StaysWithinTheScriptAndStylesheetBudgets()
    {
        Assert.True(site.Result.Succeeded);
        foreach (var (path, page) in site.Pages)
        {
            var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Distinct().ToList();
            var sheets = page.QuerySelectorAll("link[rel~=stylesheet]").Select(l => l.GetAttribute("href")!).Distinct().ToList();
            Assert.True(Size(scripts) <= ScriptBudget, $"{path}: {Size(scripts)} bytes of JavaScript");
            Assert.True(Size(sheets) <= StylesheetBudget, $"{path}: {Size(sheets)} bytes of CSS");
        }
    }

    [Fact]
    public void EveryPage_LoadsOnlyLocalFilesAndNoBlockingScript()
    {
        foreach (var (path, page) in site.Pages)
        {
            foreach (var script in page.QuerySelectorAll("script"))
            {
                if (script.GetAttribute("type") == "application/ld+json") continue;
                Assert.True(script.HasAttribute("src") && (script.HasAttribute("defer") || script.HasAttribute("async")), $"{path}: a script that blocks rendering: {script.OuterHtml}");
            }
            foreach (var element in page.QuerySelectorAll("script[src], link[rel~=stylesheet], link[rel=icon], img[src]"))
            {
                var url = element.GetAttribute("src") ?? element.GetAttribute("href")!;
                Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal), $"{path}: {url} is not a file of the site");
            }
        }
    }

    [Fact]
    public void ReaderScript_IsOnEveryPage()
    {
        Assert.All(site.Pages, p => Assert.NotNull(p.Value.QuerySelector("head script[src='/assets/js/reader.js'][defer]")));
        Assert.True(File.Exists(Path.Combine(site.Output, "assets/js/reader.js")));
    }

    [Fact]
    public void DarkThemeChoice_RepeatsTheSystemDarkColours()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets/css/site.css"));
        var system = Block(css, "@media (prefers-color-scheme: dark)");
        var chosen = Block(css, ":root[data-theme=dark]");
        Assert.NotEmpty(system);
        Assert.Equal(system, chosen);
    }

    private long Size(IEnumerable<string> urls) => urls.Sum(u => new FileInfo(Path.Combine(site.Output, u.TrimStart('/'))).Length);

    // The custom properties set in the first rule after `start`.
    private static Dictionary<string, string> Block(string css, string start)
    {
        var from = css.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, start + " not found");
        var open = css.IndexOf('{', from + start.Length);
        var body = css[(open + 1)..css.IndexOf('}', open)];
        return CustomProperty().Matches(body).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim(), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(--[\w-]+)\s*:\s*([^;]+);")]
    private static partial Regex CustomProperty();
}

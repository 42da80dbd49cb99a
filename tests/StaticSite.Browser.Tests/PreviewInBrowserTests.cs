using StaticSite.Browser.Tests.Support;

namespace StaticSite.Browser.Tests;

/// <summary>The editor's loop in a real browser: an open page follows every save and shows mistakes over itself.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PreviewInBrowserTests(Chromium chromium)
{
    private static readonly float _patience = 15_000;

    [SkippableFact]
    public async Task OpenPage_ReloadsItselfAfterAnEdit()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        await tab.GotoAsync(site.Address);
        Assert.Equal("Exchanges", await page.TitleAsync());
        var siteYml = Path.Combine(site.Root, "input/site.yml");
        await File.WriteAllTextAsync(siteYml, (await File.ReadAllTextAsync(siteYml)).Replace("title: Exchanges", "title: Exchanges Weekly"));
        await page.WaitForFunctionAsync("() => document.title === 'Exchanges Weekly'", null, new() { Timeout = _patience });
    }

    [SkippableFact]
    public async Task AnError_ShowsOverTheLastGoodPage_AndGoesWhenFixed()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        await tab.GotoAsync(site.Address + "topics/");
        var topics = Path.Combine(site.Root, "input/topics.yml");
        var good = await File.ReadAllTextAsync(topics);
        await File.WriteAllTextAsync(topics, good.Replace("related: [", "related: [regulaton, "));
        var overlay = page.Locator("#staticsite-overlay");
        await overlay.WaitForAsync(new() { Timeout = _patience });
        Assert.Contains("input/topics.yml(", await overlay.InnerTextAsync());
        Assert.Contains("SSG0106", await overlay.InnerTextAsync());
        Assert.Equal(1, await page.Locator("main h1").CountAsync()); // the last good page is still there underneath
        await File.WriteAllTextAsync(topics, good);
        await overlay.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached, Timeout = _patience });
    }
}

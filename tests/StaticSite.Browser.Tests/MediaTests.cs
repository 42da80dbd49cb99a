using Microsoft.Playwright;
using StaticSite.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StaticSite.Browser.Tests;

/// <summary>
/// A timed transcript in Chromium: its recording (a generated tone) in the page's own player, a turn's
/// time seeking it and the turn being played marked; the topic strip's and the topics grid's links
/// leading to their exchanges.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class MediaTests(Chromium chromium)
{
    private const string Transcript = "transcripts/timed-talk/";
    private static readonly LocatorAssertionsToHaveAttributeOptions _wait = new() { Timeout = 10_000 };
    private static readonly PageWaitForFunctionOptions _until = new() { Timeout = 10_000 };

    [SkippableFact]
    public async Task Player_LoadsTheRecordingFromTheSite()
    {
        using var site = BuiltSite.Timed();
        await using var tab = await chromium.NewTabAsync();
        await site.ServeAsync(tab);
        await tab.GotoAsync(site.Address + Transcript);
        var player = tab.Page.Locator("audio[controls][data-media-player]");
        await Expect(player).ToHaveCountAsync(1);
        // The tone's six seconds are known once its metadata is loaded: the file was found and decoded.
        await tab.Page.WaitForFunctionAsync("() => Math.round(document.querySelector('audio').duration) === 6", null, _until);
    }

    [SkippableFact]
    public async Task ClickingATurnsTime_SeeksThePlayer_AndMarksTheTurn()
    {
        using var site = BuiltSite.Timed();
        await using var tab = await chromium.NewTabAsync();
        await site.ServeAsync(tab);
        var page = tab.Page;
        // The player does not play on its own here: only the seek can move it, not the tone playing on.
        await page.AddInitScriptAsync("HTMLMediaElement.prototype.play = function () { return Promise.resolve(); };");
        await tab.GotoAsync(site.Address + Transcript);
        Assert.Equal(0, await page.EvaluateAsync<double>("() => document.querySelector('audio').currentTime"));
        var time = page.Locator("a.turn__time[data-seek='4']");
        var turn = page.Locator("article.turn", new() { Has = time });
        await time.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('audio').currentTime > 3.9 && document.querySelector('audio').currentTime < 4.1", null, _until);
        await Expect(time).ToHaveAttributeAsync("aria-current", "time", _wait);
        await Expect(turn).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bturn--playing\b"), new() { Timeout = 10_000 });
        // One turn is marked at a time; the link also led to the turn.
        Assert.Equal(1, await page.Locator("a.turn__time[aria-current]").CountAsync());
        Assert.Equal("#" + await turn.GetAttributeAsync("id"), new Uri(page.Url).Fragment);
    }

    [SkippableFact]
    public async Task AMediaFragmentAddress_SeeksThePlayer_AndMarksTheTurnThen()
    {
        using var site = BuiltSite.Timed();
        await using var tab = await chromium.NewTabAsync();
        await site.ServeAsync(tab);
        var page = tab.Page;
        await page.AddInitScriptAsync("HTMLMediaElement.prototype.play = function () { return Promise.resolve(); };");
        await tab.GotoAsync(site.Address + Transcript + "#t=0:04");
        await page.WaitForFunctionAsync("() => document.querySelector('audio').currentTime > 3.9 && document.querySelector('audio').currentTime < 4.1", null, _until);
        await Expect(page.Locator("a.turn__time[data-seek='4']")).ToHaveAttributeAsync("aria-current", "time", _wait);
        Assert.Equal(1, await page.Locator("a.turn__time[aria-current]").CountAsync());
    }

    [SkippableFact]
    public async Task TopicStripMark_LeadsToItsExchange()
    {
        using var site = BuiltSite.Timed();
        await using var tab = await chromium.NewTabAsync();
        await site.ServeAsync(tab);
        await tab.GotoAsync(site.Address + Transcript);
        var page = tab.Page;
        // Farming's second mark: the exchange at 0:05 with no time of its own on its question.
        var mark = page.Locator(".topic-strip__row").Nth(0).Locator("svg a").Nth(1);
        var target = (await mark.GetAttributeAsync("href"))!;
        await mark.ClickAsync();
        Assert.Equal(target, new Uri(page.Url).Fragment);
        var turn = page.Locator("article.turn:target");
        await Expect(turn).ToHaveCountAsync(1);
        Assert.Contains("Anything else?", await turn.InnerTextAsync());
        // Scrolled to it (smoothly, where motion is not reduced: waited for).
        await page.WaitForFunctionAsync("() => { const r = document.querySelector('article.turn:target').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }", null, _until);
    }

    [SkippableFact]
    public async Task TopicGridCell_LeadsToTheTopicsPassagesInThatInterview()
    {
        using var site = BuiltSite.Timed();
        await using var tab = await chromium.NewTabAsync();
        await site.ServeAsync(tab);
        await tab.GotoAsync(site.Address + "topics/");
        var page = tab.Page;
        await page.Locator("a.topic-grid__cell[aria-label='Planning in The Timed Talk: 1 exchange']").ClickAsync();
        await page.WaitForURLAsync("**/topics/planning/#interview-timed-talk", new() { Timeout = 10_000 });
        Assert.Contains("The Timed Talk", await page.Locator("section.interview-group:target .interview-group__title").InnerTextAsync());
    }
}

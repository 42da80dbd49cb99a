using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticSite.Browser.Tests.Support;

namespace StaticSite.Browser.Tests;

/// <summary>Search on the real site: results as you type, each linking straight to its turn; the header box submits to the search page.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class SearchTests(Chromium chromium)
{
    private const string Phrase = "hired our friends";
    // Generous, for a loaded CI machine: Playwright's own default for expectations is 5 s.
    private const float Patience = 10_000;

    [SkippableFact]
    public async Task TypingAPhrase_ShowsAMarkedResult_ThatLandsOnTheTurn()
    {
        var page = await chromium.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(3 * Patience);
        await using var site = await PreviewedSite.StartAsync();
        await page.GotoAsync(site.Address + "search/");
        await page.GetByLabel("Search the interviews").PressSequentiallyAsync(Phrase);

        var result = page.Locator("#search-list li.search-result--turn").Filter(new() { Has = page.Locator("mark") }).First;
        await Assertions.Expect(result.Locator("mark").First).ToHaveTextAsync(new Regex("^hired$", RegexOptions.IgnoreCase), new() { Timeout = Patience });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?q=hired(\+|%20)our(\+|%20)friends$"), new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-all")).ToBeHiddenAsync(new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync($"for “{Phrase}”", new() { Timeout = Patience });

        var link = result.Locator("a.search-result__link");
        var href = await link.GetAttributeAsync("href") ?? "";
        var anchor = href[(href.IndexOf('#') + 1)..];
        await link.ClickAsync();
        await page.WaitForURLAsync(new Regex("/transcripts/mistral-ceo-on-europe/#" + Regex.Escape(anchor) + "$"));
        Assert.Equal("#" + anchor, await page.EvaluateAsync<string>("() => location.hash"));
        var turn = page.Locator($"article.turn[id='{anchor}']");
        await Assertions.Expect(turn).ToContainTextAsync(Phrase, new() { Timeout = Patience });
    }

    [SkippableFact]
    public async Task HeaderSearch_SubmitsToTheSearchPage_WithTheQueryAndItsResults()
    {
        var page = await chromium.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(3 * Patience);
        await using var site = await PreviewedSite.StartAsync();
        await page.GotoAsync(site.Address + "topics/");
        var box = page.Locator("header.site-header form[role='search'] input[name='q']");
        await box.FillAsync("Mistral open source");
        await box.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex(@"/search/\?q=Mistral\+open\+source$"));
        await Assertions.Expect(page.GetByLabel("Search the interviews")).ToHaveValueAsync("Mistral open source", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("results for", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-list li.search-result--turn mark").First).ToBeVisibleAsync(new() { Timeout = Patience });
    }

    [SkippableFact]
    public async Task AccentsAndCase_AreFolded_AndAQueryWithoutMatchesSaysSo()
    {
        var page = await chromium.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(3 * Patience);
        await using var site = await PreviewedSite.StartAsync();
        await page.GotoAsync(site.Address + "search/?q=H%C3%8FRED+%C3%B6ur");
        await Assertions.Expect(page.Locator("#search-list mark").First).ToHaveTextAsync(new Regex("^hired$", RegexOptions.IgnoreCase), new() { Timeout = Patience });
        await page.GetByLabel("Search the interviews").FillAsync("zzqx nothing");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No results for “zzqx nothing”.", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-list li")).ToHaveCountAsync(0, new() { Timeout = Patience });
    }
}

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
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(3 * Patience);
        await tab.GotoAsync(site.Address + "search/");
        await page.GetByLabel("Search the transcripts").PressSequentiallyAsync(Phrase);

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
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(3 * Patience);
        await tab.GotoAsync(site.Address + "topics/");
        var box = page.Locator("header.site-header form[role='search'] input[name='q']");
        await box.FillAsync("Mistral open source");
        await box.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex(@"/search/\?q=Mistral\+open\+source$"));
        await Assertions.Expect(page.GetByLabel("Search the transcripts")).ToHaveValueAsync("Mistral open source", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("results for", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-list li.search-result--turn mark").First).ToBeVisibleAsync(new() { Timeout = Patience });
    }

    [SkippableFact]
    public async Task AccentsAndCase_AreFolded_AndAQueryWithoutMatchesSaysSo()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(3 * Patience);
        await tab.GotoAsync(site.Address + "search/?q=H%C3%8FRED+%C3%B6ur");
        await Assertions.Expect(page.Locator("#search-list mark").First).ToHaveTextAsync(new Regex("^hired$", RegexOptions.IgnoreCase), new() { Timeout = Patience });
        await page.GetByLabel("Search the transcripts").FillAsync("zzqx nothing");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No results for “zzqx nothing”.", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-list li")).ToHaveCountAsync(0, new() { Timeout = Patience });
    }

    [SkippableFact]
    public async Task HeaderSearch_HasASubmitButton_AndTheSearchPageHasOneSearchLandmark()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(3 * Patience);
        await tab.GotoAsync(site.Address + "speakers/");
        var form = page.Locator("header.site-header form[role='search']");
        await form.Locator("input[name='q']").FillAsync("open source");
        await form.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/search/\?q=open\+source$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Search)).ToHaveCountAsync(1, new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("header.site-header [role='search']")).ToHaveCountAsync(0, new() { Timeout = Patience });
    }

    [SkippableFact]
    public async Task OneLetterWord_MarksAndRanksWholeWordsOnly()
    {
        // The fixture's turns: "Bananas, papayas and cassava grow in a garden." has one "a" as a word and
        // many inside words; "A map, a plan and a fee: a start?" has four as words. The trailing space ends the word.
        using var site = BuiltSite.Fixture();
        await using var tab = await OpenSearchAsync(site, "a ");
        var marks = await MarksAsync(tab.Page);
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => AssertWholeWord(mark, "a"));
        var first = tab.Page.Locator("#search-list li.search-result--turn").First;
        await Assertions.Expect(first).ToContainTextAsync("A map, a plan", new() { Timeout = Patience });
    }

    [SkippableFact]
    public async Task TwoLetterWord_FindsNoTurnWhereItIsOnlyInsideWords()
    {
        // "Training maintains it, mostly." has "in" three times, all inside words: it is no result for "in".
        using var site = BuiltSite.Fixture();
        await using var tab = await OpenSearchAsync(site, "in ");
        var marks = await MarksAsync(tab.Page);
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => AssertWholeWord(mark, "in"));
        await Assertions.Expect(tab.Page.Locator("#search-list")).Not.ToContainTextAsync("Training maintains", new() { Timeout = Patience });
    }

    [SkippableFact]
    public async Task LastWordBeingTyped_MatchesTheStartOfAWord_NeverItsMiddle()
    {
        // "a pl": "a" is a whole word, "pl" is still being typed and finds "plan", but not "apple"-like middles.
        using var site = BuiltSite.Fixture();
        await using var tab = await OpenSearchAsync(site, "a pl");
        var marks = await MarksAsync(tab.Page);
        Assert.Contains(marks, mark => mark.Text.Equals("pl", StringComparison.OrdinalIgnoreCase) && IsWordCharacter(mark.After));
        Assert.All(marks, mark => Assert.False(IsWordCharacter(mark.Before), $"“{mark.Text}” is marked inside a word: …{mark.Before}[{mark.Text}]{mark.After}…"));
        Assert.All(marks.Where(mark => mark.Text.Equals("a", StringComparison.OrdinalIgnoreCase)), mark => AssertWholeWord(mark, "a"));
    }

    private async Task<BrowserTab> OpenSearchAsync(BuiltSite site, string query)
    {
        var tab = await chromium.NewTabAsync();
        tab.Page.SetDefaultTimeout(Patience);
        await site.ServeAsync(tab);
        await tab.GotoAsync(site.Address + "search/?q=" + Uri.EscapeDataString(query));
        await Assertions.Expect(tab.Page.Locator("#search-status")).ToContainTextAsync("for “", new() { Timeout = Patience });
        return tab;
    }

    private sealed record Mark(string Before, string Text, string After);

    /// <summary>Each highlighted span with the character just before and just after it in its snippet.</summary>
    private static async Task<IReadOnlyList<Mark>> MarksAsync(IPage page)
    {
        var marks = await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('#search-list mark')].map(m =>
              [(m.previousSibling?.textContent ?? '').slice(-1), m.textContent, (m.nextSibling?.textContent ?? '').slice(0, 1)])
            """);
        return [.. marks.Select(m => new Mark(m[0], m[1], m[2]))];
    }

    private static void AssertWholeWord(Mark mark, string word)
    {
        Assert.True(mark.Text.Equals(word, StringComparison.OrdinalIgnoreCase), $"“{mark.Text}” is marked for the word “{word}”");
        Assert.False(IsWordCharacter(mark.Before) || IsWordCharacter(mark.After), $"“{word}” is marked inside a word: …{mark.Before}[{mark.Text}]{mark.After}…");
    }

    private static bool IsWordCharacter(string character) => character.Length > 0 && char.IsLetterOrDigit(character, 0);
}

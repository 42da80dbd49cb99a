using Microsoft.Playwright;
using StaticSite.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace StaticSite.Browser.Tests;

/// <summary>reader.js in a real browser: term cards, quote links, contents, folding notes, the theme switch.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ReaderTests(Chromium chromium)
{
    private const string Transcript = "transcripts/mistral-ceo-on-europe/";
    private static readonly LocatorAssertionsToHaveAttributeOptions _wait = new() { Timeout = 10_000 };
    private static readonly LocatorAssertionsToBeVisibleOptions _visible = new() { Timeout = 10_000 };
    private static readonly LocatorAssertionsToBeHiddenOptions _hidden = new() { Timeout = 10_000 };

    [SkippableFact]
    public async Task TermCard_OpensOnHover_AndClosesWithEscape()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        await tab.GotoAsync(site.Address + Transcript);
        var (term, card) = await FirstTerm(page);
        await Expect(card).ToBeHiddenAsync(_hidden);
        await term.HoverAsync();
        await Expect(card).ToBeVisibleAsync(_visible);
        await page.Keyboard.PressAsync("Escape");
        await Expect(card).ToBeHiddenAsync(_hidden);
        await page.Mouse.MoveAsync(5, 5);
        await term.HoverAsync();
        await Expect(card).ToBeVisibleAsync(_visible);
    }

    [SkippableFact]
    public async Task TermCard_OpensOnKeyboardFocus_AndClosesWithEscape()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        await tab.GotoAsync(site.Address + Transcript);
        var (term, card) = await FirstTerm(page);
        await term.FocusAsync();
        await Expect(card).ToBeVisibleAsync(_visible);
        await page.Keyboard.PressAsync("Escape");
        await Expect(card).ToBeHiddenAsync(_hidden);
        await Expect(term).ToBeFocusedAsync();
    }

    [SkippableFact]
    public async Task TermCard_FirstTapOpens_EscapeCloses_SecondTapFollowsTheLink()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync(width: 360, height: 740, hasTouch: true);
        var page = tab.Page;
        await tab.GotoAsync(site.Address + Transcript);
        var (term, card) = await FirstTerm(page);
        var href = await term.GetAttributeAsync("href");
        await term.TapAsync();
        await Expect(card).ToBeVisibleAsync(_visible);
        Assert.EndsWith(Transcript, new Uri(page.Url).AbsolutePath);
        await page.Keyboard.PressAsync("Escape");
        await Expect(card).ToBeHiddenAsync(_hidden);
        await term.TapAsync();
        await Expect(card).ToBeVisibleAsync(_visible);
        await term.TapAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(href!) + "$"), new() { Timeout = 10_000 });
    }

    [SkippableFact]
    public async Task TermCard_TapElsewhere_ClosesIt()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync(width: 360, height: 740, hasTouch: true);
        var page = tab.Page;
        await tab.GotoAsync(site.Address + Transcript);
        var (term, card) = await FirstTerm(page);
        await term.TapAsync();
        await Expect(card).ToBeVisibleAsync(_visible);
        await page.Locator("h1").TapAsync();
        await Expect(card).ToBeHiddenAsync(_hidden);
    }

    [SkippableFact]
    public async Task QuoteLink_CopiesTheTurnsUrl()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await tab.GotoAsync(site.Address + Transcript);
        var turn = page.Locator("article.turn").Nth(2);
        var id = await turn.GetAttributeAsync("id");
        var button = turn.Locator("button.quote-link");
        await Expect(button).ToHaveAccessibleNameAsync("Copy link to this passage");
        await button.ClickAsync();
        var status = page.Locator(".reader-status");
        var expected = site.Address + Transcript + "#" + id;
        await Expect(status).ToHaveAttributeAsync("data-copied", expected, _wait);
        await Expect(status).ToHaveTextAsync("Copied", new() { Timeout = 10_000 });
        Assert.Equal(expected, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [SkippableFact]
    public async Task SelectedText_QuoteButtonCopiesATextFragmentOfTheTurn()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        await tab.GotoAsync(site.Address + Transcript);
        var turn = page.Locator("article.turn--answer").First;
        var id = await turn.GetAttributeAsync("id");
        // Select the first words of the turn's first paragraph.
        await turn.Locator(".turn__body p").First.EvaluateAsync("""
            p => {
              const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
              const text = walker.nextNode();
              const range = document.createRange();
              range.setStart(text, 0);
              range.setEnd(text, Math.min(text.length, 20));
              getSelection().removeAllRanges();
              getSelection().addRange(range);
            }
            """);
        var quote = page.Locator("button.quote-button");
        await Expect(quote).ToBeVisibleAsync(_visible);
        await quote.ClickAsync();
        var status = page.Locator(".reader-status");
        await Expect(status).ToHaveAttributeAsync("data-copied", new System.Text.RegularExpressions.Regex("#" + id + ":~:text=.+"), _wait);
        var copied = await status.GetAttributeAsync("data-copied");
        Assert.StartsWith(site.Address + Transcript + "#" + id + ":~:text=", copied);
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("#%E0%A4%A")]
    [InlineData("#no-such-anchor")]
    public async Task AddressWithoutAUsableFragment_LogsNoScriptError(string fragment)
    {
        // No fragment, an empty one, one that is not valid %-encoding, one naming nothing: the notes' start-up
        // looks the fragment up and must not throw (BrowserTab fails the test on any script error).
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        await tab.GotoAsync(site.Address + Transcript + fragment);
        await Expect(tab.Page.Locator(".reader-status")).ToHaveCountAsync(1, new() { Timeout = 10_000 }); // reader.js started
    }

    [SkippableFact]
    public async Task ThemeSwitch_SetsDark_PersistsAcrossPages_AndReturnsToSystem()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        await tab.GotoAsync(site.Address + Transcript);
        var html = page.Locator("html");
        var theme = page.GetByLabel("Colour theme");
        await theme.SelectOptionAsync("dark");
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark", _wait);
        var dark = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(21, 20, 19)", dark);

        await tab.GotoAsync(site.Address + "topics/");
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark", _wait);
        await Expect(page.GetByLabel("Colour theme")).ToHaveValueAsync("dark");

        await page.GetByLabel("Colour theme").SelectOptionAsync("system");
        await Expect(html).Not.ToHaveAttributeAsync("data-theme", "dark", _wait);
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('staticsite-theme')"));
        await tab.GotoAsync(site.Address);
        Assert.Null(await html.GetAttributeAsync("data-theme"));
    }

    [SkippableFact]
    public async Task Contents_MarkTheSectionBeingRead()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        await tab.GotoAsync(site.Address + Transcript);
        var heading = page.Locator(".transcript__body h2[id]").Nth(1);
        var id = await heading.GetAttributeAsync("id");
        await heading.EvaluateAsync("h => h.scrollIntoView({ block: 'start', behavior: 'instant' })");
        await Expect(page.Locator($".toc a[href='#{id}']")).ToHaveAttributeAsync("aria-current", "true", _wait);
        Assert.Equal(1, await page.Locator(".toc a[aria-current]").CountAsync());
    }

    [SkippableFact]
    public async Task AtPhoneWidth_NotesAreFoldedBehindAButtonThatOpensThem()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync(width: 360, height: 740);
        var page = tab.Page;
        await tab.GotoAsync(site.Address + Transcript);
        var notes = page.Locator("article.turn aside.margin-notes").First;
        var toggle = notes.Locator("button.notes-toggle");
        var note = notes.Locator("li").First;
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false", _wait);
        await Expect(toggle).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Notes \(\d+\)$"));
        await Expect(note).ToBeHiddenAsync(_hidden);
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true", _wait);
        await Expect(note).ToBeVisibleAsync(_visible);
    }

    [SkippableFact]
    public async Task AtPhoneWidth_NothingShiftsWhileThePageLoads()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync(width: 360, height: 740);
        var page = tab.Page;
        await tab.GotoAsync(site.Address + Transcript, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        await page.Locator("article.turn aside.margin-notes .notes-toggle").First.ClickAsync(); // the script is there and working
        var shift = await page.EvaluateAsync<double>("""
            () => new Promise(resolve => {
              let total = 0;
              new PerformanceObserver(list => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value; })
                .observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(total), 300);
            })
            """);
        Assert.True(shift < 0.01, $"cumulative layout shift {shift} while loading");
    }

    [SkippableFact]
    public async Task OnWideScreens_NotesStayInTheMarginWithoutAButton()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        await tab.GotoAsync(site.Address + Transcript);
        var notes = page.Locator("article.turn aside.margin-notes").First;
        await Expect(notes.Locator("li").First).ToBeVisibleAsync(_visible);
        await Expect(notes.Locator("button.notes-toggle")).ToBeHiddenAsync(_hidden);
    }

    private static async Task<(ILocator Term, ILocator Card)> FirstTerm(IPage page)
    {
        var term = page.Locator("article.turn a.term").First;
        var card = page.Locator("#" + await term.GetAttributeAsync("aria-describedby"));
        return (term, card);
    }
}

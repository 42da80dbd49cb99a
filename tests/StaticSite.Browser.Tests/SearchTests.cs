using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticSite.Browser.Tests.Support;

namespace StaticSite.Browser.Tests;

/// <summary>
/// Search on the real site and on a generated archive: results as you type from the sharded index, each
/// linking straight to its turn, narrowed by the speaker, topic and interview filters, fetching only the
/// index files the query needs; the header box submits to the search page.
/// </summary>
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
        var fetched = IndexRequests(page, site.Address);
        await page.GetByLabel("Search the transcripts").PressSequentiallyAsync(Phrase);

        var result = page.Locator("#search-list li.search-result--turn").Filter(new() { Has = page.Locator("mark") }).First;
        await Assertions.Expect(result.Locator("mark").First).ToHaveTextAsync(new Regex("^hired$", RegexOptions.IgnoreCase), new() { Timeout = Patience });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?q=hired(\+|%20)our(\+|%20)friends$"), new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-all")).ToBeHiddenAsync(new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync($"for “{Phrase}”", new() { Timeout = Patience });
        AssertOnlyQueryFiles(fetched, null);

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

    [SkippableFact]
    public async Task GeneratedArchive_TwoWords_ShowMarkedPassages_FromAFewSmallIndexFiles_LinkingToTheTurn()
    {
        using var site = BuiltSite.Corpus(300);
        await using var tab = await ServedTabAsync(site);
        var page = tab.Page;
        var fetched = IndexRequests(page, site.Address);
        await tab.GotoAsync(site.Address + "search/?q=kitchen+table");

        var result = page.Locator("#search-list li.search-result--turn").First;
        await Assertions.Expect(result.Locator("mark").First).ToBeVisibleAsync(new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("results for “kitchen table”", new() { Timeout = Patience });
        var marks = await MarksAsync(page);
        Assert.All(marks, mark =>
        {
            Assert.Contains(mark.Text.ToLowerInvariant(), (string[])["kitchen", "table"]);
            Assert.False(IsWordCharacter(mark.Before), $"“{mark.Text}” is marked inside a word");
        });
        Assert.All(marks.Where(mark => mark.Text.Equals("kitchen", StringComparison.OrdinalIgnoreCase)), mark => AssertWholeWord(mark, "kitchen"));
        var files = AssertOnlyQueryFiles(fetched, site.Output);
        var shards = Directory.GetFiles(Path.Combine(site.Output, "search-index", "w")).Length;
        var shardsFetched = files.Count(f => f.StartsWith("w/", StringComparison.Ordinal));
        Assert.True(shardsFetched <= 3 && shardsFetched < shards, $"{shardsFetched} of {shards} shards fetched: {string.Join(", ", files)}");
        var bytes = files.Sum(f => new FileInfo(Path.Combine(site.Output, "search-index", f)).Length);
        Assert.True(bytes < 500 * 1024, $"the query fetched {bytes} bytes: {string.Join(", ", files)}");

        var link = result.Locator("a.search-result__link");
        var href = await link.GetAttributeAsync("href") ?? "";
        var anchor = href[(href.IndexOf('#') + 1)..];
        await link.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/transcripts/[^/]+/#" + Regex.Escape(anchor) + "$"));
        await Assertions.Expect(page.Locator($"article.turn[id='{anchor}']")).ToContainTextAsync(new Regex("kitchen|table", RegexOptions.IgnoreCase), new() { Timeout = Patience });
    }

    [SkippableFact]
    public async Task GeneratedArchive_InterviewFilter_KeepsOnlyThatInterviewsPassages_FetchingItsFilterFile()
    {
        using var site = BuiltSite.Corpus(300);
        await using var tab = await ServedTabAsync(site);
        var page = tab.Page;
        var fetched = IndexRequests(page, site.Address);
        await tab.GotoAsync(site.Address + "search/?q=factory+wage");
        var results = page.Locator("#search-list li.search-result--turn");
        await Assertions.Expect(results.First).ToBeVisibleAsync(new() { Timeout = Patience });
        var before = await CountAsync(page, "factory wage");
        var href = await results.First.Locator("a.search-result__link").GetAttributeAsync("href") ?? "";
        var slug = Regex.Match(href, "/transcripts/([^/]+)/").Groups[1].Value;
        AssertOnlyQueryFiles(fetched, site.Output);

        // The transcript's own page links to the search narrowed to it; the query is typed there again.
        await tab.GotoAsync(site.Address + $"transcripts/{slug}/");
        var fetchedThere = IndexRequests(page, site.Address);
        await page.Locator(".facts a[href*='interview=']").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/search/\?interview=" + Regex.Escape(slug) + "$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync(new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-scope")).ToContainTextAsync("in ", new() { Timeout = Patience });
        await page.GetByLabel("Search the").PressSequentiallyAsync("factory wage");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("interview=" + Regex.Escape(slug)), new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-list li.search-result--turn a.search-result__link").First).ToHaveAttributeAsync("href", new Regex($"/transcripts/{Regex.Escape(slug)}/#"), new() { Timeout = Patience });
        var after = await CountAsync(page, "factory wage");
        Assert.InRange(after, 1, before - 1);
        var hrefs = await page.Locator("#search-list a.search-result__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.All(hrefs, h => Assert.StartsWith($"/transcripts/{slug}/#", h));
        Assert.Contains($"interview/{slug}.json", AssertOnlyQueryFiles(fetchedThere, site.Output));
    }

    [SkippableFact]
    public async Task GeneratedArchive_TwoWordQuery_FetchesExactlyTheFilesOfItsFirstResults()
    {
        // What `search-latency` times, asserted without a clock: the first results appear, from the files the index's own reader names.
        using var site = BuiltSite.Corpus(300);
        await using var tab = await ServedTabAsync(site);
        var page = tab.Page;
        await tab.GotoAsync(site.Address + "search/");
        var fetched = IndexRequests(page, site.Address);
        // A space after the last word: both are whole words (no word starts), as the reader matches them.
        await page.Locator("#search-q").FillAsync("kitchen table ");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(new Regex(@"^\d+ results for “kitchen table”\.$"), new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-list li.search-result--turn mark").First).ToBeVisibleAsync(new() { Timeout = Patience });

        var expected = new StaticSite.Benchmarks.SearchSize.SearchIndexReader(site.Output).FirstResultFiles(["kitchen", "table"]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), AssertOnlyQueryFiles(fetched, site.Output).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Filters_BySpeakerTopicAndInterview_NarrowThePassages_AndUntickingWidensThem()
    {
        // "api" finds the term API and three turns: Gil's in each talk, and Hana's question in the second (#planning).
        using var site = BuiltSite.Fixture();
        await using var tab = await OpenSearchAsync(site, "api");
        var page = tab.Page;
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("4 results for “api”.", new() { Timeout = Patience });

        // A speaker's page links here with the speaker's id: the form shows it as a ticked box, named by its filter file.
        await tab.GotoAsync(site.Address + "search/?q=api&speaker=guest");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("2 results for “api”.", new() { Timeout = Patience });
        await Assertions.Expect(page.GetByLabel("by Gil Guest")).ToBeCheckedAsync(new() { Timeout = Patience });
        Assert.All(await LinkTextsAsync(page), text => Assert.StartsWith("Gil Guest · ", text));

        await tab.GotoAsync(site.Address + "search/?q=api&speaker=guest&interview=second-talk");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1 result for “api”.", new() { Timeout = Patience });
        Assert.Equal(["Gil Guest · The Second Talk"], await LinkTextsAsync(page));
        await Assertions.Expect(page.GetByLabel("in The Second Talk")).ToBeCheckedAsync(new() { Timeout = Patience });

        // Unticking widens the search again and takes the filter out of the address.
        await page.GetByLabel("by Gil Guest").UncheckAsync();
        await page.GetByLabel("in The Second Talk").UncheckAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("4 results for “api”.", new() { Timeout = Patience });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search/\?q=api$"), new() { Timeout = Patience });

        await page.GetByLabel("On topic").SelectOptionAsync("farming");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1 result for “api”.", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-list li.search-result--turn")).ToContainTextAsync("We sell API access", new() { Timeout = Patience });
    }

    [SkippableFact]
    public async Task RealSite_SpeakerFilter_NarrowsToThatSpeakersPassages()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(3 * Patience);
        await tab.GotoAsync(site.Address + "search/?q=open+source");
        var first = page.Locator("#search-list li.search-result--turn a.search-result__link").First;
        await Assertions.Expect(first).ToBeVisibleAsync(new() { Timeout = Patience });
        var before = await CountAsync(page, "open source");
        var speaker = (await first.TextContentAsync() ?? "").Split(" · ")[0];

        // The speaker's page links to the search narrowed to their words.
        await tab.GotoAsync(site.Address + "speakers/");
        await page.Locator("main a", new() { HasTextString = speaker }).First.ClickAsync();
        await page.Locator("main a[href*='/search/?speaker=']").ClickAsync();
        await Assertions.Expect(page.GetByLabel("by " + speaker)).ToBeCheckedAsync(new() { Timeout = Patience });
        await page.GetByLabel("Search the").PressSequentiallyAsync("open source");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("speaker=.*q=|q=.*speaker="), new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#search-list li.search-result:not(.search-result--turn)")).ToHaveCountAsync(0, new() { Timeout = Patience });
        var after = await CountAsync(page, "open source");
        Assert.InRange(after, 1, before - 1);
        Assert.All(await LinkTextsAsync(page), text => Assert.StartsWith(speaker + " · ", text));
    }

    /// <summary>The paths under search-index/ of every request the page makes from now on.</summary>
    private static ConcurrentQueue<string> IndexRequests(IPage page, string address)
    {
        var index = address + "search-index/";
        var fetched = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith(index, StringComparison.Ordinal)) fetched.Enqueue(request.Url[index.Length..]);
        };
        return fetched;
    }

    /// <summary>
    /// Asserts that the page fetched the manifest once and otherwise only shards, parts, record chunks of
    /// the results shown and filter files, each once (and, given the output folder, files that exist); returns what it fetched.
    /// </summary>
    private static IReadOnlyList<string> AssertOnlyQueryFiles(IEnumerable<string> fetched, string? output)
    {
        var files = fetched.ToList();
        Assert.Equal(files.Distinct().Count(), files.Count);
        Assert.Contains("manifest.json", files);
        Assert.All(files, file => Assert.Matches(@"^(manifest\.json|[wpr]/\d+\.json|(speaker|topic|interview)/[^/]+\.json)$", file));
        if (output is not null) Assert.All(files, file => Assert.True(File.Exists(Path.Combine(output, "search-index", file)), file));
        var chunks = files.Count(f => f.StartsWith("r/", StringComparison.Ordinal));
        Assert.True(chunks <= 22, $"{chunks} record chunks fetched for one page of results");
        return files;
    }

    private static async Task<int> CountAsync(IPage page, string query)
    {
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync($"for “{query}”", new() { Timeout = Patience });
        var text = await status.TextContentAsync() ?? "";
        return int.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static async Task<string[]> LinkTextsAsync(IPage page) =>
        await page.Locator("#search-list li.search-result--turn a.search-result__link").EvaluateAllAsync<string[]>("links => links.map(a => a.textContent)");

    /// <summary>A tab that waits <see cref="Patience"/> and reaches the built site on its loopback host.</summary>
    private async Task<BrowserTab> ServedTabAsync(BuiltSite site)
    {
        var tab = await chromium.NewTabAsync();
        tab.Page.SetDefaultTimeout(Patience);
        await site.ServeAsync(tab);
        return tab;
    }

    private async Task<BrowserTab> OpenSearchAsync(BuiltSite site, string query)
    {
        var tab = await ServedTabAsync(site);
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

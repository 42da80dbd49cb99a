using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using StaticSite.Benchmarks.Corpus;
using StaticSite.Pipeline;

namespace StaticSite.Benchmarks.SearchLatency;

/// <summary>
/// `search-latency [real|N] [RUNS] [--query "two words"]`: builds the real site (or N generated transcripts), serves
/// it from 127.0.0.1, and in Debian's Chromium (headless, never a downloaded browser) types a two-word query into
/// the search page RUNS times, each in a new browser context (an empty cache); each time, from the input event of
/// the query to the first result in the page's DOM, as the page itself measures it (performance.now() in a script
/// added before the page's own). Also the search-index files and bytes each query fetched. Then the median.
/// </summary>
internal static class SearchLatencyCommand
{
    private const string Chromium = "/usr/bin/chromium";
    private const float Patience = 60_000;

    // Runs in the page before its own scripts: the time of the query's input event (capture, so before search.js
    // hears it) and of the first result element in the results list.
    private const string Probe = """
        (() => {
          const marks = window.__searchLatency = { input: null, first: null };
          document.addEventListener('input', e => {
            if (e.target.id === 'search-q') { marks.input = performance.now(); marks.first = null; }
          }, true);
          new MutationObserver(() => {
            if (marks.input !== null && marks.first === null && document.querySelector('#search-list li.search-result')) marks.first = performance.now();
          }).observe(document, { childList: true, subtree: true });
        })();
        """;

    private const string IndexFetched = """
        () => performance.getEntriesByType('resource').filter(r => r.name.includes('/search-index/'))
          .map(r => ({ name: r.name, bytes: r.decodedBodySize, start: r.startTime }))
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var queryAt = Array.IndexOf(args, "--query");
        var query = queryAt >= 0 && queryAt + 1 < args.Length ? args[queryAt + 1] : null;
        var positional = args.Where((a, i) => queryAt < 0 || (i != queryAt && i != queryAt + 1)).ToArray();
        var corpus = positional.Length > 0 && positional[0] != "real" && int.TryParse(positional[0], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0;
        if ((positional.Length > 0 && positional[0] != "real" && corpus == 0)
            || (positional.Length > 1 && !(int.TryParse(positional[1], CultureInfo.InvariantCulture, out var r) && r > 0)))
        {
            Console.Error.WriteLine("usage: search-latency [real|N] [RUNS] [--query \"two words\"]");
            return 2;
        }
        if (!File.Exists(Chromium))
        {
            Console.Error.WriteLine($"Chromium is missing at {Chromium}: install Debian's chromium package (a downloaded browser is never used)");
            return 2;
        }
        var runs = positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 10;
        query ??= corpus > 0 ? "kitchen table" : "open source";
        var root = Directory.CreateTempSubdirectory("staticsite-search-latency-").FullName;
        try
        {
            var label = corpus > 0 ? Invariant($"{CorpusGenerator.Write(root, corpus).Transcripts} generated transcripts") : Preview.PreviewSaveCommand.CopyRealSite(root);
            var result = SiteBuilder.Build(new BuildOptions { WorkingDirectory = root, InputDirectory = "input", ThemeDirectory = ThemeFolder.Find(), OutputDirectory = "output", Force = true });
            if (!result.Succeeded)
            {
                foreach (var d in result.Diagnostics.Take(20)) Console.Error.WriteLine(d);
                return 1;
            }
            await using var host = await StaticFileHost.StartAsync(Path.Combine(root, "output"));
            Console.WriteLine($"{label}, served at {host.Address}; query \"{query}\"; load average {LoadAverage()}");
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Chromium,
                // As the browser tests launch it: no sandbox for root in a container, and nothing that calls out.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            Console.WriteLine("| run | input → first result (ms) | index files | index KB |");
            Console.WriteLine("| ---: | ---: | ---: | ---: |");
            var times = new List<double>();
            for (var run = 0; run <= runs; run++) // run 0 warms up the server and the browser, and is not counted
            {
                var (ms, files, bytes) = await MeasureAsync(browser, host.Address, query);
                Console.WriteLine(Invariant($"| {(run == 0 ? "warm-up" : run.ToString(CultureInfo.InvariantCulture))} | {ms:F1} | {files} | {bytes / 1024.0:F1} |"));
                if (run > 0) times.Add(ms);
            }
            times.Sort();
            var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
            Console.WriteLine(Invariant($"median of {times.Count}: {median:F1} ms (min {times[0]:F1}, max {times[^1]:F1}); target ≤ 300 ms; load average {LoadAverage()}"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // One query in a context of its own, whose cache starts empty.
    private static async Task<(double Ms, int Files, long Bytes)> MeasureAsync(IBrowser browser, string address, string query)
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        var page = await context.NewPageAsync();
        page.PageError += (_, e) => errors.Add(e);
        page.SetDefaultTimeout(Patience);
        await page.AddInitScriptAsync(Probe);
        await page.GotoAsync(address + "search/", new() { WaitUntil = WaitUntilState.Load, Timeout = Patience });
        await page.FillAsync("#search-q", query);
        await page.WaitForFunctionAsync("() => window.__searchLatency.first !== null", null, new() { Timeout = Patience });
        var marks = await page.EvaluateAsync<JsonElement>("() => window.__searchLatency");
        var first = marks.GetProperty("first").GetDouble();
        var ms = first - marks.GetProperty("input").GetDouble();
        // The files fetched up to the first result (the manifest is fetched on focus, just before the input event).
        var fetched = (await page.EvaluateAsync<JsonElement>(IndexFetched)).EnumerateArray().Where(f => f.GetProperty("start").GetDouble() <= first).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("the search page threw: " + string.Join("; ", errors));
        return (ms, fetched.Count, fetched.Sum(f => f.GetProperty("bytes").GetInt64()));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using StaticSite.Benchmarks.Corpus;
using StaticSite.Cli.Preview;
using StaticSite.Pipeline;

namespace StaticSite.Benchmarks.Preview;

/// <summary>
/// `preview-save N|real [RUNS]`: a running preview session (session, server on a free loopback port, folder
/// watcher, as `staticsite preview` runs them) on N generated transcripts or on a copy of the real site; then
/// RUNS scripted saves of one transcript, each timed from the file's write to the moment the server has
/// answered a request for that transcript's page with the change in it. With `--tool PATH`, the same saves
/// against that `staticsite` running `preview` as a child process (<see cref="ToolPreviewSaves"/>).
/// </summary>
internal static class PreviewSaveCommand
{
    // An editor reads the page and types before saving again; the preview collects its garbage then (Cli/Preview/CollectorHold).
    private static readonly TimeSpan _betweenSaves = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(string[] args)
    {
        var tool = args.SkipWhile(a => a != "--tool").Skip(1).FirstOrDefault();
        var verbose = args.Contains("--verbose");
        args = [.. args.Where((a, i) => a != "--verbose" && a != "--tool" && (i == 0 || args[i - 1] != "--tool"))];
        if (args.Length == 0 || (args[0] != "real" && !(int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) && n > 0))
            || (args.Length > 1 && !int.TryParse(args[1], CultureInfo.InvariantCulture, out _)) || (tool is not null && !File.Exists(tool)))
        {
            Console.Error.WriteLine("usage: preview-save N|real [RUNS] [--verbose] [--tool PATH-TO-staticsite]");
            return 2;
        }
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var root = Directory.CreateTempSubdirectory("staticsite-preview-bench-").FullName;
        try
        {
            var label = args[0] == "real" ? CopyRealSite(root) : Invariant($"{CorpusGenerator.Write(root, int.Parse(args[0], CultureInfo.InvariantCulture)).Transcripts} generated transcripts");
            // The transcript in the middle of the archive's order: its save touches lists neither at their start nor at their end.
            var file = Directory.GetFiles(Path.Combine(root, "input", "transcripts"), "*.md").Order(StringComparer.Ordinal).ToArray() is var all ? all[all.Length / 2] : "";
            if (tool is not null) return await ToolPreviewSaves.RunAsync(tool, root, label, file, runs, _betweenSaves, Edit);
            var options = new BuildOptions { WorkingDirectory = root, InputDirectory = "input", ThemeDirectory = ThemeFolder.Find(), Force = true };
            using var session = new PreviewSession(options);
            var clock = Stopwatch.StartNew();
            await session.RebuildAsync();
            if (session.Site is null)
            {
                foreach (var d in session.Diagnostics.Take(20)) Console.Error.WriteLine(d);
                return 1;
            }
            Console.WriteLine(Invariant($"{label}: first build {clock.Elapsed.TotalMilliseconds:F0} ms, {session.Site.Count} files in memory"));
            await using var server = new PreviewServer(session);
            await server.StartAsync(0);
            using var watch = new FolderWatch([Path.Combine(root, "input"), options.ThemeDirectory], session.RebuildAsync);
            using var http = new HttpClient();
            string? page = null;
            var times = new List<double>();
            var cpuTimes = new List<double>();
            for (var run = 0; run <= runs; run++) // run 0 warms up and finds the page
            {
                var marker = Invariant($"Scripted edit number {run} of this benchmark.");
                var text = Edit(await File.ReadAllTextAsync(file), marker);
                await Task.Delay(_betweenSaves);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
                var saved = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, text);
                var url = await ServedAsync(session, server, http, page, marker);
                saved.Stop();
                var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                page ??= url;
                if (run == 0) continue;
                times.Add(saved.Elapsed.TotalMilliseconds);
                cpuTimes.Add(cpuMs);
                Console.WriteLine(Invariant($"save {run,2}: {saved.Elapsed.TotalMilliseconds,6:F1} ms to served, {cpuMs,6:F1} ms CPU (rebuild {session.LastRebuild.TotalMilliseconds:F1} ms, {session.LastRendered.Count} files rendered, {session.LastReused} reused)"));
                if (verbose)
                    Console.WriteLine(Invariant($"         collections: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2; paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F1} ms; heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:F0} MB"));
                if (verbose && session.LastResult is { } result)
                    Console.WriteLine("         largest rendered: " + string.Join(", ", session.LastRendered.Select(d => (d, Length: session.Site!.Find(d)?.Length ?? 0)).OrderByDescending(x => x.Length).Take(8).Select(x => Invariant($"{x.d} {x.Length / 1024} KB"))) + Environment.NewLine
                        + "         " + string.Join("  ", result.Phases.Select(p => Invariant($"{p.Phase} {p.Time.TotalMilliseconds:F1} ({p.Allocated / 1e6:F0} MB)")).Concat(result.Steps.Select(s => Invariant($"{s.Name} {s.Time.TotalMilliseconds:F1}")))));
            }
            Console.WriteLine(Invariant($"median of {times.Count}: {Median(times):F1} ms from save to the new page served ({page}), {Median(cpuTimes):F1} ms of CPU time (all threads) each"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // The marker goes in as a paragraph of its own before the first turn, replacing an earlier marker.
    private static string Edit(string text, string marker)
    {
        var lines = text.Split('\n').Where(l => !l.StartsWith("Scripted edit number ", StringComparison.Ordinal)).ToList();
        var firstTurn = lines.FindIndex(l => l.StartsWith('@'));
        lines.Insert(firstTurn, marker);
        lines.Insert(firstTurn + 1, "");
        return string.Join('\n', lines);
    }

    // Waits for rebuilds until the site has the marker, then asks the server for that page (found on the first save).
    private static async Task<string> ServedAsync(PreviewSession session, PreviewServer server, HttpClient http, string? page, string marker)
    {
        var bytes = Encoding.UTF8.GetBytes(marker);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var changed = session.Changed;
            if (session.Site is { } site)
            {
                page ??= site.Destinations.FirstOrDefault(d => d.StartsWith("transcripts/", StringComparison.Ordinal) && d.EndsWith("/index.html", StringComparison.Ordinal)
                    && site.Find(d)!.AsSpan().IndexOf(bytes) >= 0);
                if (page is not null && site.Find(page) is { } html && html.AsSpan().IndexOf(bytes) >= 0)
                {
                    var url = new Uri(new Uri(server.Address), page[..^"index.html".Length]);
                    var served = await http.GetStringAsync(url, patience.Token);
                    if (served.Contains(marker, StringComparison.Ordinal)) return page;
                }
            }
            await changed.WaitAsync(patience.Token);
        }
    }

    internal static string CopyRealSite(string root)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) continue;
            var from = Path.Combine(dir.FullName, "input");
            foreach (var source in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, "input", Path.GetRelativePath(from, source));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
            return "the real site (" + Directory.GetFiles(Path.Combine(from, "transcripts"), "*.md").Length + " transcripts)";
        }
        throw new InvalidOperationException("StaticSite.sln not found above " + AppContext.BaseDirectory);
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

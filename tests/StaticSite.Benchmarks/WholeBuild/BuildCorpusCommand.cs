using System.Diagnostics;
using System.Globalization;
using StaticSite.Benchmarks.Corpus;
using StaticSite.Pipeline;

namespace StaticSite.Benchmarks.WholeBuild;

/// <summary>
/// `build-corpus N [RUNS]`: generates N transcripts once into a temp folder, then times RUNS cold
/// builds of it (the output folder deleted before each) with <see cref="SiteBuilder.Build"/>, as
/// the CLI runs it. A large build takes seconds, so one run is one sample; BenchmarkDotNet's
/// dozens of iterations would take many minutes for the same answer.
/// </summary>
internal static class BuildCorpusCommand
{
    private const double MB = 1024 * 1024;

    public static int Run(string[] args)
    {
        var seedAt = Array.IndexOf(args, "--seed");
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (seedAt < 0 || i != seedAt + 1)).ToList();
        if (positional.Count == 0 || !int.TryParse(positional[0], CultureInfo.InvariantCulture, out var n) || n < 1
            || (positional.Count > 1 && !int.TryParse(positional[1], CultureInfo.InvariantCulture, out _)))
        {
            Console.Error.WriteLine("usage: build-corpus N [RUNS] [--seed S] [--keep]");
            return 2;
        }
        var runs = positional.Count > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 3;
        var seed = seedAt >= 0 && seedAt + 1 < args.Length ? int.Parse(args[seedAt + 1], CultureInfo.InvariantCulture) : CorpusGenerator.DefaultSeed;
        var keep = args.Contains("--keep");

        var root = Directory.CreateTempSubdirectory("staticsite-bench-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var corpus = CorpusGenerator.Write(root, n, seed);
            Console.WriteLine(Invariant($"corpus: {corpus.Transcripts} transcripts, {corpus.Words / corpus.Transcripts} words each, {corpus.MarkdownBytes / MB:F2} MB of Markdown, seed {seed}, in {root} ({clock.Elapsed.TotalSeconds:F2} s)"));
            Console.WriteLine(Invariant($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));
            var options = new BuildOptions { WorkingDirectory = root, InputDirectory = "input", ThemeDirectory = ThemeFolder.Find(), OutputDirectory = "output" };
            var results = new List<BuildRun>();
            for (var run = 1; run <= runs; run++)
            {
                var output = Path.Combine(root, "output");
                if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
                var result = TimedBuild(options, out var measured);
                if (!result.Succeeded)
                {
                    foreach (var d in result.Diagnostics.Take(20)) Console.Error.WriteLine(d);
                    Console.Error.WriteLine($"build {run} failed with {result.Diagnostics.Count(x => x.IsError)} errors");
                    return 1;
                }
                var warnings = result.Diagnostics.Count;
                if (run == 1 && warnings > 0) Console.WriteLine(Invariant($"note: {warnings} warnings, first: {result.Diagnostics[0]}"));
                results.Add(measured);
                Print($"run {run}", measured, corpus);
            }
            if (runs > 1) Print("median", Median(results), corpus);
            return 0;
        }
        finally
        {
            if (keep) Console.WriteLine("kept " + root);
            else Directory.Delete(root, recursive: true);
        }
    }

    // BuildResult.Memory holds process totals (allocations since start, peak working set so far),
    // so allocations and collections are taken as differences around the build.
    private static BuildResult TimedBuild(BuildOptions options, out BuildRun run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var wall = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options);
        wall.Stop();
        var memory = result.Memory ?? throw new InvalidOperationException("the build reported no memory use");
        IReadOnlyList<(string, TimeSpan)> phases = [.. result.Phases.Select(p => (p.Phase, p.Time)), .. result.Steps.Select(s => (s.Name, s.Time))];
        run = new BuildRun(wall.Elapsed, result.PagesWritten, phases, memory.AllocatedBytes - allocated,
            memory.Gen0 - gen0, memory.Gen1 - gen1, memory.Gen2 - gen2, memory.PeakWorkingSet);
        return result;
    }

    private static void Print(string label, BuildRun run, CorpusStats corpus)
    {
        var seconds = run.Wall.TotalSeconds;
        Console.WriteLine(Invariant($"{label,-7} {seconds,7:F3} s  {corpus.Transcripts / seconds,8:F1} transcripts/s  {run.Pages / seconds,8:F1} pages/s ({run.Pages} pages)  {corpus.MarkdownBytes / MB / seconds,6:F2} MB/s Markdown  allocated {run.AllocatedBytes / MB,8:F1} MB  GCs {run.Gen0}/{run.Gen1}/{run.Gen2}  peak working set {run.PeakWorkingSet / MB,7:F1} MB"));
        Console.WriteLine("        phases: " + string.Join("  ", run.Phases.Select(p => Invariant($"{p.Phase} {p.Time.TotalSeconds:F3}"))));
    }

    // Each figure's median on its own; phases matched by name.
    private static BuildRun Median(List<BuildRun> runs)
    {
        static double Mid(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
        var phases = runs[0].Phases.Select(p => (p.Phase, TimeSpan.FromSeconds(Mid(runs.Select(r => r.Phases.FirstOrDefault(q => q.Phase == p.Phase).Time.TotalSeconds))))).ToList();
        return new BuildRun(TimeSpan.FromSeconds(Mid(runs.Select(r => r.Wall.TotalSeconds))), (int)Mid(runs.Select(r => (double)r.Pages)), phases,
            (long)Mid(runs.Select(r => (double)r.AllocatedBytes)), (int)Mid(runs.Select(r => (double)r.Gen0)), (int)Mid(runs.Select(r => (double)r.Gen1)),
            (int)Mid(runs.Select(r => (double)r.Gen2)), (long)Mid(runs.Select(r => (double)r.PeakWorkingSet)));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

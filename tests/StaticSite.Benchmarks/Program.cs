using System.Globalization;
using BenchmarkDotNet.Running;
using StaticSite.Benchmarks.Corpus;
using StaticSite.Benchmarks.SearchSize;
using StaticSite.Benchmarks.WholeBuild;

namespace StaticSite.Benchmarks;

/// <summary>
/// The verbs: <c>build-corpus N [RUNS]</c> times whole builds without BenchmarkDotNet, <c>limits [CASE…]</c>
/// builds the size limits of issue 21 as a child process and reports its time and peak memory,
/// <c>preview-save N|real [RUNS] [--tool PATH]</c> times saves in a running preview session (or the installed tool's),
/// <c>micro [BenchmarkDotNet arguments]</c> runs the micro-benchmarks, <c>search-size N</c> measures the
/// sharded search index, <c>search-latency [real|N] [RUNS]</c> times a query in Chromium to its first result,
/// and <c>corpus N DIR</c> only writes the generated corpus (to look at it, or to build it with the CLI).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["build-corpus", ..]:
                return BuildCorpusCommand.Run(args[1..]);
            case ["preview-save", ..]:
                return Preview.PreviewSaveCommand.RunAsync(args[1..]).GetAwaiter().GetResult();
            case ["search-size", ..]:
                return SearchSizeCommand.Run(args[1..]);
            case ["search-latency", ..]:
                return SearchLatency.SearchLatencyCommand.RunAsync(args[1..]).GetAwaiter().GetResult();
            case ["limits", ..]:
                return Limits.LimitsCommand.Run(args[1..]);
            case ["micro", ..]:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
                return 0;
            case ["corpus", var n, var folder, ..] when int.TryParse(n, CultureInfo.InvariantCulture, out var count) && count > 0:
                var seed = args.Length > 3 && int.TryParse(args[3], CultureInfo.InvariantCulture, out var s) ? s : CorpusGenerator.DefaultSeed;
                var stats = CorpusGenerator.Write(Path.GetFullPath(folder), count, seed);
                Console.WriteLine($"wrote {stats.Transcripts} transcripts ({stats.Words / stats.Transcripts} words each on average, {stats.MarkdownBytes / 1048576.0:F2} MB) and {stats.Glossary.Count} glossary terms to {stats.InputFolder}");
                return 0;
            default:
                Console.Error.WriteLine("""
                    usage:
                      build-corpus N [RUNS] [--seed S] [--keep]   time RUNS cold builds of N generated transcripts (default 3 runs)
                      preview-save N|real [RUNS] [--tool PATH]    time RUNS saves (default 10) in a running preview of N generated transcripts or the real site;
                                                                  with --tool, of that staticsite running preview as a process
                      limits [CASE…] [--keep]                     build each size limit of issue 21 with the CLI; wall time, CPU, peak memory
                      micro [--filter *Markdown*] [--job short]   BenchmarkDotNet micro-benchmarks (any BenchmarkDotNet argument)
                      search-size N [--seed S] [--keep]           build N generated transcripts and measure the search index's files
                      search-size --site DIR                      measure the search index of a site built into DIR
                      search-latency [real|N] [RUNS] [--query Q]  time RUNS two-word queries (default 10) in Chromium, input to first result
                      corpus N DIR [SEED]                         only write the corpus into DIR/input
                    """);
                return 2;
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using StaticSite.Benchmarks.Corpus;
using StaticSite.Pipeline;

namespace StaticSite.Benchmarks.SearchSize;

/// <summary>
/// `search-size N [--seed S] [--keep]`: builds N generated transcripts once and measures the sharded search
/// index against issue 17's targets: no index file over 300 KB, and a two-word query fetching under 500 KB
/// (uncompressed) before its first results show. `search-size --site DIR` measures a site already built.
/// Exits 1 when a target is missed.
/// </summary>
internal static class SearchSizeCommand
{
    private const long MaxFile = 300 * 1024;
    private const long MaxQuery = 500 * 1024;

    // Typical two-word queries from the corpus's word lists (Corpus/Vocabulary.cs), and one with the commonest word of all.
    private static readonly string[][] _queries =
    [
        ["kitchen", "table"], ["factory", "wage"], ["bus", "station"], ["grandmother", "recipe"], ["harbor", "winter"], ["the", "family"],
    ];

    public static int Run(string[] args)
    {
        var siteAt = Array.IndexOf(args, "--site");
        if (siteAt >= 0 && siteAt + 1 < args.Length) return Measure(Path.GetFullPath(args[siteAt + 1]), _queries);
        if (args.Length == 0 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            Console.Error.WriteLine("usage: search-size N [--seed S] [--keep] | search-size --site DIR");
            return 2;
        }
        var seedAt = Array.IndexOf(args, "--seed");
        var seed = seedAt >= 0 && seedAt + 1 < args.Length ? int.Parse(args[seedAt + 1], CultureInfo.InvariantCulture) : CorpusGenerator.DefaultSeed;
        var root = Directory.CreateTempSubdirectory("staticsite-search-").FullName;
        try
        {
            CorpusGenerator.Write(root, n, seed);
            var clock = Stopwatch.StartNew();
            var result = SiteBuilder.Build(new BuildOptions { WorkingDirectory = root, InputDirectory = "input", ThemeDirectory = ThemeFolder.Find(), OutputDirectory = "output" });
            Console.WriteLine(Invariant($"built {n} transcripts (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s"));
            if (!result.Succeeded)
            {
                foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
                return 1;
            }
            return Measure(Path.Combine(root, "output"), _queries);
        }
        finally
        {
            if (args.Contains("--keep")) Console.WriteLine($"kept {root}");
            else Directory.Delete(root, recursive: true);
        }
    }

    private static int Measure(string output, IEnumerable<string[]> queries)
    {
        var index = new SearchIndexReader(output);
        var files = Directory.EnumerateFiles(index.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(index.Folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine(Invariant($"index: {files.Count} files, {files.Sum(index.Size) / 1024.0:F0} KB, {index.Shards.Count} shards, {index.Records} records, manifest {index.Size("manifest.json") / 1024.0:F1} KB"));
        Console.WriteLine("| files | count | largest KB | total KB |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var kind in files.GroupBy(f => f.Contains('/', StringComparison.Ordinal) ? f[..f.IndexOf('/', StringComparison.Ordinal)] : f))
            Console.WriteLine(Invariant($"| {kind.Key} | {kind.Count()} | {kind.Max(index.Size) / 1024.0:F1} | {kind.Sum(index.Size) / 1024.0:F0} |"));
        var largest = files.MaxBy(index.Size)!;
        var ok = index.Size(largest) <= MaxFile;
        Console.WriteLine(Invariant($"largest file: {largest}, {index.Size(largest) / 1024.0:F1} KB (target ≤ 300 KB) {(ok ? "ok" : "MISSED")}"));
        Console.WriteLine("| query | files | KB before first results | target ≤ 500 KB |");
        Console.WriteLine("| --- | ---: | ---: | --- |");
        foreach (var words in queries)
        {
            var fetched = index.FirstResultFiles(words);
            var bytes = fetched.Sum(index.Size);
            ok &= bytes <= MaxQuery;
            Console.WriteLine(Invariant($"| {string.Join(' ', words)} | {fetched.Count} | {bytes / 1024.0:F1} | {(bytes <= MaxQuery ? "ok" : "MISSED")} |"));
        }
        return ok ? 0 : 1;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

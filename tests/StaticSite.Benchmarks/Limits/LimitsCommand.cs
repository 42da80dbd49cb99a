using System.Diagnostics;
using System.Globalization;

namespace StaticSite.Benchmarks.Limits;

/// <summary>
/// `limits [CASE…] [--keep]`: writes each size limit of issue 21 into a temp folder and builds it with the
/// `staticsite` of this (Release) build as a child process under GNU time, so that the figures are the whole
/// tool's: wall time, CPU time and peak resident memory (the child's maximum RSS), its exit code and diagnostics.
/// </summary>
internal static class LimitsCommand
{
    private const string Time = "/usr/bin/time";

    public static int Run(string[] args)
    {
        var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var unknown = names.Where(n => LimitCases.All.All(c => c.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"unknown case(s): {string.Join(", ", unknown)}; the cases: {string.Join(", ", LimitCases.All.Select(c => c.Name))}");
            return 2;
        }
        if (!File.Exists(Time))
        {
            Console.Error.WriteLine($"{Time} (GNU time) measures the child's peak memory: apt-get install -y time");
            return 2;
        }
        var keep = args.Contains("--keep");
        var cases = names.Count == 0 ? LimitCases.All : LimitCases.All.Where(c => names.Contains(c.Name)).ToList();
        Console.WriteLine(Invariant($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}"));
        var failed = false;
        foreach (var limit in cases)
        {
            var root = Directory.CreateTempSubdirectory("staticsite-limits-").FullName;
            try
            {
                var clock = Stopwatch.StartNew();
                var wrote = limit.Write(Path.Combine(root, "input"));
                Console.WriteLine(Invariant($"{limit.Name}: {limit.Description}; wrote {wrote} in {clock.Elapsed.TotalSeconds:F1} s"));
                var measured = BuildMeasured(root);
                failed |= measured.ExitCode is not (0 or 1);
                Console.WriteLine(Invariant($"{limit.Name}: exit {measured.ExitCode}, {measured.Wall:F1} s wall, {measured.Cpu:F1} s CPU, peak {measured.PeakRssKiB / 1024.0:F0} MiB RSS, load average after {LoadAverage()}"));
                foreach (var line in measured.Output.Take(12)) Console.WriteLine("  " + line);
                if (keep) Console.WriteLine("  kept: " + root);
            }
            finally
            {
                if (!keep) Directory.Delete(root, recursive: true);
            }
        }
        return failed ? 1 : 0;
    }

    private sealed record Measured(int ExitCode, double Wall, double Cpu, long PeakRssKiB, IReadOnlyList<string> Output);

    // The tool is the StaticSite.Cli.dll copied beside this program (a project reference), run by the same dotnet.
    private static Measured BuildMeasured(string root)
    {
        var report = Path.Combine(root, "time.txt");
        var start = new ProcessStartInfo(Time) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet"; // `dotnet run` starts the apphost
        foreach (var argument in new[] { "-f", "%e %U %S %M", "-o", report, dotnet, Path.Combine(AppContext.BaseDirectory, "StaticSite.Cli.dll"),
                     "build", "--theme", ThemeFolder.Find() })
            start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var lines = (error.Result + output.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // GNU time writes "Command exited with non-zero status N" before its line when the child failed.
        var figures = File.ReadAllLines(report).Last().Split(' ').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return new Measured(process.ExitCode, figures[0], figures[1] + figures[2], (long)figures[3], lines);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

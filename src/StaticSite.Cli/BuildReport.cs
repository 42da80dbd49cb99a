using System.Globalization;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary>What the console shows after a build: diagnostics in MSBuild form, then one summary line. Returns the exit code.</summary>
internal static class BuildReport
{
    public static int Print(BuildResult result, BuildOptions options, bool verbose, bool quiet, TextWriter stdout, TextWriter stderr,
        DiagnosticFormat format = DiagnosticFormat.MsBuild)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            // GitHub reads annotations from standard output; editors' tools read the MSBuild form from standard error.
            if (format == DiagnosticFormat.GitHub) stdout.WriteLine(GitHubAnnotation.Of(diagnostic));
            else stderr.WriteLine(diagnostic.ToString());
        }
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        if (verbose)
        {
            foreach (var (phase, time, allocated, peak) in result.Phases)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {phase,-28} {time.TotalMilliseconds,8:F0} ms {allocated / 1048576.0,8:F0} MB allocated, peak working set so far {peak / 1048576.0:F0} MB"));
            stdout.WriteLine("  of which, summed over threads:");
            foreach (var (step, time, allocated) in result.Steps)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-28} {time.TotalMilliseconds,8:F0} ms {allocated / 1048576.0,8:F0} MB allocated"));
            if (result.Memory is { } m)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  allocated {m.AllocatedBytes / 1048576.0:F0} MB, GCs {m.Gen0}/{m.Gen1}/{m.Gen2} (gen0/1/2), peak working set {m.PeakWorkingSet / 1048576.0:F0} MB"));
        }
        var seconds = result.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"Build failed: {errors} error(s), {warnings} warning(s). {(options.DryRun ? "" : "The previous output is untouched.")}".TrimEnd());
            return 1;
        }
        if (!quiet)
        {
            var what = options.DryRun ? $"Checked {CountPages(result)} pages" : $"Built {result.PagesWritten} pages into {options.OutputDirectory}/";
            stdout.WriteLine($"{what} in {seconds} s{(warnings > 0 ? $", {warnings} warning(s)" : "")}.");
        }
        return 0;
    }

    private static string CountPages(BuildResult result) => result.PagesWritten.ToString(CultureInfo.InvariantCulture);
}

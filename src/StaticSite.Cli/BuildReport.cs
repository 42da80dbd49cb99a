using System.Globalization;
using Spectre.Console;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary>
/// What the console shows after a build: each diagnostic on a line of its own in MSBuild form
/// (coloured on a terminal, plain when redirected), then a summary table and one summary line.
/// Returns the exit code.
/// </summary>
internal static class BuildReport
{
    public static int Print(BuildResult result, BuildOptions options, bool verbose, bool quiet, TextWriter stdout, TextWriter stderr,
        DiagnosticFormat format = DiagnosticFormat.MsBuild)
    {
        var output = Console(stdout);
        var errorOutput = Console(stderr);
        errorOutput.Profile.Width = 100_000; // a diagnostic stays on one line, whatever the terminal's width: tools parse it
        foreach (var diagnostic in result.Diagnostics)
        {
            // GitHub reads annotations from standard output; editors' tools read the MSBuild form from standard error.
            if (format == DiagnosticFormat.GitHub) stdout.WriteLine(GitHubAnnotation.Of(diagnostic));
            else errorOutput.MarkupLine($"[{(diagnostic.IsError ? "red" : "yellow")}]{Markup.Escape(diagnostic.ToString())}[/]");
        }
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count - errors;
        if (verbose) output.Write(Timings(result));
        // A theme's layout off the fast path makes every build slower, so it is said whenever the build reports.
        if (!quiet && result.LayoutsRenderedByFluid.Count > 0)
            output.MarkupLine($"[yellow]Warning: layouts rendered by Fluid, not compiled (the same pages, more slowly; see docs/format.md, Themes): {Markup.Escape(string.Join(", ", result.LayoutsRenderedByFluid))}[/]");
        var seconds = result.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            // Said only when there is a previous output: a first build that fails leaves nothing to keep.
            var kept = !options.DryRun && Directory.Exists(options.FullPath(options.OutputDirectory));
            errorOutput.MarkupLine(Markup.Escape($"Build failed: {errors} error(s), {warnings} warning(s). {(kept ? "The previous output is untouched." : "")}".TrimEnd()));
            return 1;
        }
        if (!quiet)
        {
            output.Write(Summary(result, errors, warnings));
            var what = options.DryRun ? $"Checked {result.PagesWritten.ToString(CultureInfo.InvariantCulture)} pages" : $"Built {result.PagesWritten} pages into {options.OutputDirectory}/";
            output.MarkupLine(Markup.Escape($"{what} in {seconds} s{(warnings > 0 ? $", {warnings} warning(s)" : "")}."));
            stdout.WriteLine(Folders(options)); // plain, so a long path never wraps it onto two lines
        }
        return 0;
    }

    /// <summary>Where the build read and wrote, as given (the bundled theme named as such): a build run from another folder says where things went.</summary>
    internal static string Folders(BuildOptions options)
    {
        var bundled = Path.TrimEndingDirectorySeparator(options.ThemeDirectory) == Path.TrimEndingDirectorySeparator(CommandLine.BundledTheme);
        var theme = bundled ? $"{options.ThemeDirectory}/ (the one that comes with StaticSite)" : $"{options.ThemeDirectory}/";
        return $"Input {options.InputDirectory}/, theme {theme}, output {options.OutputDirectory}/{(options.DryRun ? " (not written)" : "")}.";
    }

    // Colours only on a terminal: a redirected stream (a log, CI, a pipe into a tool, a test) gets plain text.
    private static IAnsiConsole Console(TextWriter writer)
    {
        var terminal = (writer == System.Console.Out && !System.Console.IsOutputRedirected)
            || (writer == System.Console.Error && !System.Console.IsErrorRedirected);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    private static Table Summary(BuildResult result, int errors, int warnings)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Pages").AddColumn(new TableColumn("").RightAligned());
        foreach (var (kind, count) in result.PagesByKind) table.AddRow(Markup.Escape(kind), count.ToString(CultureInfo.InvariantCulture));
        table.AddRow("[bold]all[/]", $"[bold]{result.PagesWritten.ToString(CultureInfo.InvariantCulture)}[/]");
        table.AddRow("warnings", warnings > 0 ? $"[yellow]{warnings}[/]" : "0");
        table.AddRow("errors", errors.ToString(CultureInfo.InvariantCulture));
        table.AddRow("time", result.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s");
        return table;
    }

    private static Table Timings(BuildResult result)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("Phase").AddColumn(new TableColumn("ms").RightAligned())
            .AddColumn(new TableColumn("MB allocated").RightAligned()).AddColumn(new TableColumn("peak MB").RightAligned());
        foreach (var (phase, time, allocated, peak) in result.Phases)
            table.AddRow(Markup.Escape(phase), Number(time.TotalMilliseconds), Number(allocated / 1048576.0), Number(peak / 1048576.0));
        foreach (var (step, time, allocated) in result.Steps)
            table.AddRow(Markup.Escape(step), Number(time.TotalMilliseconds), Number(allocated / 1048576.0), "");
        if (result.Memory is { } m)
            table.Caption(string.Create(CultureInfo.InvariantCulture,
                $"steps marked (threads) are summed over threads; allocated {m.AllocatedBytes / 1048576.0:F0} MB, GCs {m.Gen0}/{m.Gen1}/{m.Gen2} (gen0/1/2) pausing {m.GcPause.TotalMilliseconds:F0} ms, peak working set {m.PeakWorkingSet / 1048576.0:F0} MB"));
        return table;
    }

    private static string Number(double value) => value.ToString("F0", CultureInfo.InvariantCulture);
}

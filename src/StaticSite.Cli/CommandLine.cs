using System.CommandLine;
using System.CommandLine.Invocation;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary>The `staticsite` command: verbs and options (System.CommandLine), each verb a few lines over the engine.</summary>
internal static class CommandLine
{
    /// <summary>
    /// Parses and runs a command; the exit code. System.CommandLine owns the process's lifetime: Ctrl+C and SIGTERM
    /// cancel the command's token, and a command that has not ended <see cref="StopPatience"/> later is abandoned with
    /// 130 or 143 (128 + the signal). Nothing else (not the preview's web host) handles those signals.
    /// </summary>
    public static int Invoke(string[] args)
    {
        var parsed = Create().Parse(args);
        if (parsed.Action is ParseErrorAction errors) errors.ShowHelp = false; // a mistake in the arguments is one line, not the whole help
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = StopPatience });
        }
        catch (Exception e)
        {
            return FailureReport.Print(e, verbose: args.Contains("--verbose") || args.Contains("-v"), Console.Error);
        }
    }

    /// <summary>How long a command has to stop after Ctrl+C or SIGTERM before the process ends without it.</summary>
    public static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(5);

    public static RootCommand Create()
    {
        var root = new RootCommand("StaticSite: annotated interview transcripts to a cross-linked static site.");
        root.Subcommands.Add(BuildCommand("build", "Build the site from input/ and theme/ into output/.", dryRun: false));
        root.Subcommands.Add(BuildCommand("check", "Check everything a build checks (all diagnostics, links, anchors) without writing output.", dryRun: true));
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(PreviewCommand.Create());
        return root;
    }

    private static Command BuildCommand(string name, string description, bool dryRun)
    {
        var input = new Option<string>("--input") { Description = "Folder with the publication's content.", DefaultValueFactory = _ => "input" };
        var theme = new Option<string?>("--theme") { Description = "Folder with the theme's layouts and assets (default: theme/ beside the input folder, else the theme that comes with StaticSite)." };
        var output = new Option<string?>("--output") { Description = "Folder the site is written to, replaced whole (default: output/ beside the input folder)." };
        var basePath = new Option<string?>("--base-path") { Description = "Path the site is served under, e.g. /repo/ (overrides site.yml's base_url path)." };
        var force = new Option<bool>("--force") { Description = "Allow an output folder outside the working folder." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print the time, allocations and memory of each phase." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only diagnostics." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (unused terms, topics and speakers, dropped HTML…), for CI." };
        var format = new Option<DiagnosticFormat>("--format") { Description = "How diagnostics are printed: msbuild (file(line,col): error CODE: message) or github (Actions annotations)." };
        var command = new Command(name, description) { input, theme, output, basePath, force, verbose, quiet, strict, format };
        command.SetAction(async (parsed, cancel) =>
        {
            var options = new BuildOptions
            {
                InputDirectory = parsed.GetValue(input)!,
                ThemeDirectory = parsed.GetValue(theme) ?? DefaultTheme(parsed.GetValue(input)!),
                OutputDirectory = parsed.GetValue(output) ?? Beside(parsed.GetValue(input)!, "output"),
                BasePath = parsed.GetValue(basePath),
                Force = parsed.GetValue(force),
                DryRun = dryRun,
                Strict = parsed.GetValue(strict),
            };
            BuildResult result;
            try
            {
                result = await Task.Run(() => BuildProgress.Run(options, quiet: parsed.GetValue(quiet), cancel), CancellationToken.None).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                // Ctrl+C or SIGTERM, seen between two phases: the staging folder is gone and output/ is whole.
                Console.Error.WriteLine(dryRun ? "Check stopped." : $"Build stopped; {options.OutputDirectory}/ holds a whole site, never a mix.");
                return Interrupted;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Content problems are diagnostics and disk problems one line (exit 1); anything else is a bug in StaticSite (exit 3).
                return FailureReport.Print(e, parsed.GetValue(verbose), Console.Error);
            }
            return BuildReport.Print(result, options, parsed.GetValue(verbose), parsed.GetValue(quiet), Console.Out, Console.Error, parsed.GetValue(format));
        });
        return command;
    }

    /// <summary>The exit code of a build stopped by Ctrl+C or SIGTERM: 128 + SIGINT, as shells report an interrupted command.</summary>
    public const int Interrupted = 130;

    /// <summary>The theme that comes with StaticSite, installed beside the tool.</summary>
    internal static string BundledTheme => Path.Combine(AppContext.BaseDirectory, "theme");

    // theme/ beside the input folder when there is one (the working folder's for the default input/), else the bundled theme.
    internal static string DefaultTheme(string input) =>
        Beside(input, "theme") is var theme && Directory.Exists(theme) ? theme : BundledTheme;

    // A folder next to the input folder, as typed: "input" → "output", "../x/input" → "../x/output". The site's
    // folders sit together, so a build run from elsewhere writes where the editor looks.
    internal static string Beside(string input, string folder) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(input)) ?? "", folder).Replace('\\', '/');
}

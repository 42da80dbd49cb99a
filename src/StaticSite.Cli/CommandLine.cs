using System.CommandLine;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary>The `staticsite` command: verbs and options (System.CommandLine), each verb a few lines over the engine.</summary>
internal static class CommandLine
{
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
        var theme = new Option<string?>("--theme") { Description = "Folder with the theme's layouts and assets (default: theme/, else the theme that comes with StaticSite)." };
        var output = new Option<string>("--output") { Description = "Folder the site is written to (replaced whole).", DefaultValueFactory = _ => "output" };
        var basePath = new Option<string?>("--base-path") { Description = "Path the site is served under, e.g. /repo/ (overrides site.yml's base_url path)." };
        var force = new Option<bool>("--force") { Description = "Allow an output folder outside the working folder." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print the time, allocations and memory of each phase." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only diagnostics." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (unused terms, topics and speakers, dropped HTML…), for CI." };
        var format = new Option<DiagnosticFormat>("--format") { Description = "How diagnostics are printed: msbuild (file(line,col): error CODE: message) or github (Actions annotations)." };
        var command = new Command(name, description) { input, theme, output, basePath, force, verbose, quiet, strict, format };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions
            {
                InputDirectory = parsed.GetValue(input)!,
                ThemeDirectory = parsed.GetValue(theme) ?? DefaultTheme(),
                OutputDirectory = parsed.GetValue(output)!,
                BasePath = parsed.GetValue(basePath),
                Force = parsed.GetValue(force),
                DryRun = dryRun,
                Strict = parsed.GetValue(strict),
            };
            BuildResult result;
            try
            {
                result = BuildProgress.Run(options, quiet: parsed.GetValue(quiet));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Content problems are diagnostics; an exception here is a bug in StaticSite, never the editor's fault.
                Console.Error.WriteLine($"internal error: {e.GetBaseException().Message}");
                Console.Error.WriteLine("This is a bug in StaticSite, not in your files; the previous output is untouched. Set STATICSITE_TRACE=1 for details.");
                if (Environment.GetEnvironmentVariable("STATICSITE_TRACE") == "1") Console.Error.WriteLine(e);
                return 3;
            }
            return BuildReport.Print(result, options, parsed.GetValue(verbose), parsed.GetValue(quiet), Console.Out, Console.Error, parsed.GetValue(format));
        });
        return command;
    }

    // theme/ in the working folder when there is one, else the default theme installed beside the tool.
    internal static string DefaultTheme() =>
        Directory.Exists("theme") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme");
}

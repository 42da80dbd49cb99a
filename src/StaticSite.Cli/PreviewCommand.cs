using System.CommandLine;
using System.Globalization;
using StaticSite.Cli.Preview;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary>`staticsite preview`: build, serve on 127.0.0.1, rebuild on every save, reload open pages.</summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1.", DefaultValueFactory = _ => 5080 };
        var basePath = new Option<string?>("--base-path") { Description = "Path the site is served under, e.g. /repo/, as on GitHub Pages." };
        var input = new Option<string>("--input") { Description = "Folder with the publication's content.", DefaultValueFactory = _ => "input" };
        var theme = new Option<string?>("--theme") { Description = "Folder with the theme's layouts and assets." };
        var command = new Command("preview", "Serve the site on 127.0.0.1, rebuild on every save and reload open pages; errors show over the page.")
        {
            port, basePath, input, theme,
        };
        command.SetAction(async (parsed, cancel) =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "staticsite-preview", Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            var options = new BuildOptions
            {
                InputDirectory = parsed.GetValue(input)!,
                ThemeDirectory = parsed.GetValue(theme) ?? CommandLine.DefaultTheme(),
                OutputDirectory = Path.Combine(folder, "site"),
                BasePath = Input.SiteSettingsReader.NormaliseBasePath(parsed.GetValue(basePath) ?? "/"),
                Force = true,
            };
            using var session = new PreviewSession(options);
            session.Rebuilt += Report;
            await session.RebuildAsync().ConfigureAwait(false);
            await using var server = new PreviewServer(session);
            await server.StartAsync(parsed.GetValue(port), cancel).ConfigureAwait(false);
            using var watch = new FolderWatch([options.FullPath(options.InputDirectory), options.FullPath(options.ThemeDirectory)], session.RebuildAsync);
            Console.Out.WriteLine($"Previewing {server.Address} (watching {options.InputDirectory}/ and the theme). Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop quietly.
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
            return 0;
        });
        return command;
    }

    private static void Report(PreviewSession session)
    {
        foreach (var diagnostic in session.Diagnostics) Console.Error.WriteLine(diagnostic.ToString());
        var errors = session.Diagnostics.Count(d => d.IsError);
        Console.Out.WriteLine(errors == 0
            ? $"Rebuilt in {session.LastRebuild.TotalMilliseconds:F0} ms."
            : $"{errors} error(s): the pages keep the last good build and show the errors until they are fixed.");
    }
}

using System.CommandLine;
using System.Globalization;
using System.Net;
using StaticSite.Cli.Preview;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary>
/// `staticsite preview`: build, serve on 127.0.0.1, rebuild on every save, reload open pages. Ctrl+C or SIGTERM
/// stops it (exit 0): the server, the watcher and open live-reload streams stop. The site is served from memory: nothing is written.
/// </summary>
internal static class PreviewCommand
{
    /// <summary>The port when none is given; when it is taken, the preview serves on a free one and says so.</summary>
    public const int DefaultPort = 5080;

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = $"Port to serve on, 0 for any free one. When the default ({DefaultPort}) is taken, a free one is used instead.", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            // Only a number given on the command line: one that does not parse is already an error of its own.
            if (result.Tokens is [var token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var value) && value is < 0 or > 65535)
                result.AddError($"--port {value}: a port is a number from 1 to 65535 (0 takes any free one)");
        });
        var host = new Option<string>("--host") { Description = "Address to serve on. Another than 127.0.0.1 (e.g. 0.0.0.0) makes the preview visible to that network.", DefaultValueFactory = _ => "127.0.0.1" };
        host.Validators.Add(result =>
        {
            if (!IPAddress.TryParse(result.GetValueOrDefault<string>(), out _))
                result.AddError($"--host '{result.GetValueOrDefault<string>()}': not an IP address; use e.g. 127.0.0.1, or 0.0.0.0 for every network the machine is on");
        });
        var open = new Option<bool>("--open") { Description = $"Open the preview in the browser once the first build is served (the {BrowserOpener.Variable} environment variable names the browser's command)." };
        var basePath = new Option<string?>("--base-path") { Description = "Path the site is served under, e.g. /repo/, as on GitHub Pages." };
        var input = new Option<string>("--input") { Description = "Folder with the publication's content.", DefaultValueFactory = _ => "input" };
        var theme = new Option<string?>("--theme") { Description = "Folder with the theme's layouts and assets." };
        var command = new Command("preview", "Serve the site on 127.0.0.1, rebuild on every save and reload open pages; errors show over the page. Ctrl+C stops it.")
        {
            port, host, open, basePath, input, theme,
        };
        command.SetAction((parsed, cancel) => new PreviewRun(
            new BuildOptions
            {
                InputDirectory = parsed.GetValue(input)!,
                ThemeDirectory = parsed.GetValue(theme) ?? CommandLine.DefaultTheme(parsed.GetValue(input)!),
                BasePath = Input.SiteSettingsReader.NormaliseBasePath(parsed.GetValue(basePath) ?? "/"),
                Force = true,
            },
            IPAddress.Parse(parsed.GetValue(host)!),
            parsed.GetValue(port),
            PortGiven: parsed.GetResult(port) is { Implicit: false },
            Open: parsed.GetValue(open)).RunAsync(Console.Out, Console.Error, cancel));
        return command;
    }
}

using Spectre.Console;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary>
/// Runs a build; when it takes over a second and the console is a terminal, a status line shows
/// which phase it is in. Quick builds, redirected output and --quiet print nothing here. A cancelled build
/// stops at the end of its current phase with <see cref="OperationCanceledException"/>, its staging folder removed.
/// </summary>
internal static class BuildProgress
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(1);

    public static BuildResult Run(BuildOptions options, bool quiet, CancellationToken cancel = default)
    {
        var phase = "reading and parsing";
        var build = Task.Run(() => SiteBuilder.Build(options, done =>
        {
            cancel.ThrowIfCancellationRequested();
            phase = Next(done);
        }), CancellationToken.None);
        if (quiet || Console.IsOutputRedirected || build.Wait(_patience)) return build.GetAwaiter().GetResult();
        AnsiConsole.Status().Start("Building…", status =>
        {
            while (!build.Wait(100)) status.Status($"Building: {Markup.Escape(phase)}…");
        });
        return build.GetAwaiter().GetResult();
    }

    // The engine reports a phase when it ends; the status names the one that follows.
    private static string Next(string finished) => finished switch
    {
        "read+parse" => "linking",
        "link" => "planning pages",
        "plan pages" => "rendering, checking and writing pages",
        _ => "finishing",
    };
}

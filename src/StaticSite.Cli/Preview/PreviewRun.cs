using System.Net;
using StaticSite.Pipeline;

namespace StaticSite.Cli.Preview;

/// <summary>
/// One run of `preview`, from its first build to its stop. Every way out it controls (Ctrl+C, SIGTERM, a
/// failed start, an error) stops the server and the watcher. The site lives in memory only, so nothing is left on disk.
/// </summary>
/// <param name="Options">The build's options; the output folder is not used, since the preview writes nothing.</param>
/// <param name="PortGiven">--port was on the command line: a taken port is then an error, as the user meant that one.</param>
internal sealed record PreviewRun(BuildOptions Options, IPAddress Host, int Port, bool PortGiven, bool Open)
{
    public async Task<int> RunAsync(TextWriter output, TextWriter error, CancellationToken cancel)
    {
        // The command line takes Ctrl+C and SIGTERM once the action has handed it its task: until then a signal
        // ended the process with 143, so everything the preview does happens after that.
        await Task.Yield();
        var options = Options;
        using var session = new PreviewSession(options);
        void Report(PreviewSession rebuilt) => PrintRebuild(rebuilt, output, error);
        try
        {
            var first = session.RebuildAsync();
            output.WriteLine($"Building {options.InputDirectory}/ into memory…");
            await first.WaitAsync(cancel).ConfigureAwait(false);
            var watched = new[] { options.FullPath(options.InputDirectory), options.FullPath(options.ThemeDirectory) };
            if (!watched.All(Directory.Exists))
            {
                // Nothing to serve and nothing to watch: stop as `build` does, with its diagnostic (SSG0009) and exit code.
                foreach (var diagnostic in session.Diagnostics) error.WriteLine(diagnostic.ToString());
                return 1;
            }
            Report(session);
            await using var server = new PreviewServer(session);
            await StartAsync(server, output, cancel).ConfigureAwait(false);
            using var watch = new FolderWatch(watched, session.RebuildAsync);
            session.Rebuilt += Report;
            output.WriteLine($"Previewing {server.Address} (watching {options.InputDirectory}/ and the theme). Ctrl+C stops.");
            if (!IPAddress.IsLoopback(Host)) output.WriteLine($"Listening on {Host}, not only on this machine: other devices on the network can open the preview.");
            if (Open) BrowserOpener.Open(server.Address, error);
            await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: the normal way to stop a preview.
        }
        finally
        {
            session.Rebuilt -= Report;
            await session.WaitIdleAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false); // a rebuild in progress ends first
        }
        return 0;
    }

    // The default port taken (another preview, often): a free one, said on one line, as Hugo's server does.
    // A port the user gave is the one they meant: then a one-line error.
    internal async Task StartAsync(PreviewServer server, TextWriter output, CancellationToken cancel)
    {
        try
        {
            await server.StartAsync(Host, Port, cancel).ConfigureAwait(false);
        }
        catch (PortTakenException) when (!PortGiven)
        {
            await server.StartAsync(Host, 0, cancel).ConfigureAwait(false);
            output.WriteLine($"Port {Port} is in use; serving on port {server.Port} instead.");
        }
        catch (PortTakenException)
        {
            throw new CommandFailure($"port {Port} on {Host} is in use (another preview?); choose another with --port, or --port 0 for any free one");
        }
    }

    private static void PrintRebuild(PreviewSession session, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in session.Diagnostics) error.WriteLine(diagnostic.ToString());
        var errors = session.Diagnostics.Count(d => d.IsError);
        output.WriteLine(errors == 0
            ? $"Rebuilt in {session.LastRebuild.TotalMilliseconds:F0} ms."
            : $"{errors} error(s): the pages keep the last good build and show the errors until they are fixed.");
    }
}

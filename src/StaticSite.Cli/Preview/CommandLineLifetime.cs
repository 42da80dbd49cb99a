using Microsoft.Extensions.Hosting;

namespace StaticSite.Cli.Preview;

/// <summary>
/// The preview server's host lifetime: nothing. The host's default (ConsoleLifetime) takes SIGINT and SIGTERM
/// for itself, and with two owners of the same signals Ctrl+C did not stop the preview; the command line's
/// cancellation token is the only owner (CommandLine.Invoke), and the preview stops its server when told.
/// </summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

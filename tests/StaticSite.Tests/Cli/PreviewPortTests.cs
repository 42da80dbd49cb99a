using System.Net;
using System.Net.Sockets;
using StaticSite.Cli;
using StaticSite.Cli.Preview;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

/// <summary>Which port and address the preview serves on: a taken default port gives way to a free one, a port given does not.</summary>
public sealed class PreviewPortTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new("preview-port", TestSite.Minimal);
    private readonly TcpListener _taken = new(IPAddress.Loopback, 0);
    private PreviewSession _session = null!;

    private int TakenPort => ((IPEndPoint)_taken.LocalEndpoint).Port;

    public async Task InitializeAsync()
    {
        _taken.Start();
        _session = new PreviewSession(Options());
        await _session.RebuildAsync();
    }

    public Task DisposeAsync()
    {
        _taken.Stop();
        _session.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private BuildOptions Options() => new()
    {
        WorkingDirectory = _folder.Root, ThemeDirectory = RepoPaths.Theme, OutputDirectory = Path.Combine(_folder.Root, "preview"), Force = true,
    };

    private PreviewRun Run(bool portGiven) => new(Options(), IPAddress.Loopback, TakenPort, portGiven, Open: false);

    [Fact]
    public async Task TakenDefaultPort_ServesOnAFreeOne_AndSaysSoOnOneLine()
    {
        await using var server = new PreviewServer(_session);
        var output = new StringWriter();
        await Run(portGiven: false).StartAsync(server, output, CancellationToken.None);
        Assert.NotEqual(TakenPort, server.Port);
        Assert.Equal($"Port {TakenPort} is in use; serving on port {server.Port} instead.\n", output.ToString());
        using var http = new HttpClient();
        Assert.Contains("<h1", await http.GetStringAsync(new Uri(new Uri(server.Address), "transcripts/first-talk/")));
    }

    [Fact]
    public async Task TakenPortGiven_IsACommandFailureNamingIt()
    {
        await using var server = new PreviewServer(_session);
        var failure = await Assert.ThrowsAsync<CommandFailure>(() => Run(portGiven: true).StartAsync(server, TextWriter.Null, CancellationToken.None));
        Assert.Equal($"port {TakenPort} on 127.0.0.1 is in use (another preview?); choose another with --port, or --port 0 for any free one", failure.Message);
        Assert.Equal(1, FailureReport.Print(failure, verbose: false, TextWriter.Null));
    }

    [Fact]
    public async Task AnotherLoopbackHost_IsServedOnThatAddress()
    {
        await using var server = new PreviewServer(_session);
        await server.StartAsync(IPAddress.Parse("127.0.0.2"), 0);
        Assert.StartsWith("http://127.0.0.2:", server.Address);
        using var http = new HttpClient();
        Assert.Contains("<h1", await http.GetStringAsync(new Uri(new Uri(server.Address), "transcripts/first-talk/")));
    }

    [Fact]
    public void FileSystemFailures_AreOneLineExitOne_AndBugsStayBugs()
    {
        var error = new StringWriter();
        Assert.Equal(1, FailureReport.Print(new AggregateException(new IOException("No space left on device : '/x/output'")), verbose: false, error));
        Assert.Equal("error: No space left on device : '/x/output'\n", error.ToString());
        error = new StringWriter();
        Assert.Equal(3, FailureReport.Print(new InvalidOperationException("broken"), verbose: false, error));
        Assert.StartsWith("internal error: broken\nThis is a bug in StaticSite", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }
}

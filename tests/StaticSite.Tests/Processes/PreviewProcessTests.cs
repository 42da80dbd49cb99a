using System.Net;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Processes;

/// <summary>`preview` as the real process: it stops when asked, writes no copy of the site to disk, and refuses what it cannot do in one line.</summary>
public sealed class PreviewProcessTests : IDisposable
{
    private readonly TempFolder _folder = new("preview-process", TestSite.Minimal);

    private string Root => _folder.Root;

    // The tool's own temporary folder (its TMPDIR), so that what is in it is this test's alone.
    private string Temp => Path.Combine(Root, "tmp");

    public void Dispose() => _folder.Dispose();

    // What a preview could have written its site into: the temporary folder (where earlier versions kept a copy;
    // the runtime's own diagnostic sockets aside) and the working folder (output/ or anything beside input/).
    private string[] WrittenSites() =>
    [
        .. (Directory.Exists(Temp) ? Directory.GetFileSystemEntries(Temp) : []).Where(e => !Path.GetFileName(e).StartsWith("dotnet-diagnostic-", StringComparison.Ordinal)
            && !Path.GetFileName(e).StartsWith("clr-debug-pipe-", StringComparison.Ordinal)),
        .. Directory.GetFileSystemEntries(Root).Where(e => Path.GetFileName(e) is not ("input" or "tmp" or "browser.sh" or "opened.txt")),
    ];

    private ToolProcess StartPreview(bool terminal, IReadOnlyDictionary<string, string>? environment = null, params string[] arguments) =>
        ToolProcess.Start(Root, Temp, terminal, environment, ["preview", "--theme", RepoPaths.Theme, .. arguments]);

    private static (IPAddress Host, int Port, string Address) Serving(ToolProcess preview)
    {
        var match = preview.WaitForOutput(@"Previewing (http://([0-9.]+):(\d+)/)");
        return (IPAddress.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value), match.Groups[1].Value);
    }

    [Fact]
    public async Task CtrlCInATerminal_StopsThePreview_FreesThePortAndWroteNothing()
    {
        using var preview = StartPreview(terminal: true, arguments: ["--port", "0"]);
        var (host, port, address) = Serving(preview);
        using var http = new HttpClient();
        Assert.Contains("<h1", await http.GetStringAsync(new Uri(new Uri(address), "transcripts/first-talk/")));
        Assert.Empty(WrittenSites()); // served from memory
        preview.TypeCtrlC();
        Assert.True(preview.WaitForExit(ToolProcess.Patience), "Ctrl+C did not stop the preview:\n" + preview.Output);
        Assert.Equal(0, preview.ExitCode);
        Assert.True(ToolProcess.PortIsFree(host, port));
        Assert.Empty(WrittenSites());
        Assert.DoesNotContain("   at ", preview.Output);
    }

    [Fact]
    public async Task Sigterm_WithoutATerminal_ClosesLiveReloadStopsAndWroteNothing()
    {
        using var preview = StartPreview(terminal: false, arguments: ["--port", "0"]);
        var (host, port, address) = Serving(preview);
        using var http = new HttpClient();
        using var events = new StreamReader(await http.GetStreamAsync(new Uri(new Uri(address), "/__staticsite/events")));
        Assert.Equal("retry: 1000", await events.ReadLineAsync());
        preview.Signal(ToolProcess.SigTerm);
        Assert.True(preview.WaitForExit(ToolProcess.Patience), "SIGTERM did not stop the preview:\n" + preview.Output);
        Assert.Equal(0, preview.ExitCode);
        using var closed = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Null(await ReadToEnd(events, closed.Token)); // the live-reload stream was closed, not left hanging
        Assert.True(ToolProcess.PortIsFree(host, port));
        Assert.Empty(WrittenSites());
        Assert.Equal("", preview.Error);
    }

    [Fact]
    public void Sigterm_DuringTheFirstBuild_StopsAsCleanlyAsLater()
    {
        // The signal comes as soon as the preview says it builds, before it serves: the handlers must already be in place.
        using var preview = StartPreview(terminal: false, arguments: ["--port", "0"]);
        preview.WaitForOutput("Building input/ into memory");
        preview.Signal(ToolProcess.SigTerm);
        Assert.True(preview.WaitForExit(ToolProcess.Patience), "SIGTERM did not stop the preview:\n" + preview.Output);
        Assert.Equal(0, preview.ExitCode);
        Assert.Empty(WrittenSites());
        Assert.Equal("", preview.Error);
    }

    // The last line before the stream ended (null when it ended at once).
    private static async Task<string?> ReadToEnd(StreamReader reader, CancellationToken cancel)
    {
        string? last = null;
        try
        {
            while (await reader.ReadLineAsync(cancel) is { } line) last = line.Length > 0 ? line : last;
        }
        catch (IOException)
        {
            // The server closed the connection mid-read: closed all the same.
        }
        return last;
    }

    [Fact]
    public void TakenPort_GivenWithPort_IsOneLineNamingItAndExitOne()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var preview = ToolProcess.Run(Root, Temp, "preview", "--theme", RepoPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(1, preview.ExitCode);
            var error = Assert.Single(preview.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"error: port {port} on 127.0.0.1 is in use", error);
            Assert.Contains("--port", error);
            Assert.Empty(WrittenSites()); // a failed start wrote nothing either
        }
        finally
        {
            listener.Stop();
        }
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("-1")]
    public void InvalidPort_IsRefusedWhenParsingTheOptions(string port)
    {
        using var preview = ToolProcess.Run(Root, Temp, "preview", "--port", port);
        Assert.Equal(1, preview.ExitCode);
        Assert.Equal($"--port {port}: a port is a number from 1 to 65535 (0 takes any free one)", Assert.Single(preview.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Empty(WrittenSites()); // refused before anything was built
    }

    [Fact]
    public void MissingInputFolder_StopsThePreviewWithBuildsDiagnosticAndExitCode()
    {
        using var build = ToolProcess.Run(Root, Temp, "build", "--theme", RepoPaths.Theme, "--input", "nowhere");
        using var preview = ToolProcess.Run(Root, Temp, "preview", "--theme", RepoPaths.Theme, "--input", "nowhere", "--port", "0");
        Assert.Equal(1, build.ExitCode);
        Assert.Equal(build.ExitCode, preview.ExitCode);
        const string diagnostic = "nowhere: error SSG0009: the input folder does not exist";
        Assert.StartsWith(diagnostic, build.Error);
        Assert.StartsWith(diagnostic, preview.Error);
        Assert.Equal(build.Error.Split('\n')[0], preview.Error.Split('\n')[0]);
        Assert.DoesNotContain("Previewing", preview.Output);
        Assert.Empty(WrittenSites());
    }

    [Fact]
    public async Task HostAndOpen_ServeOnTheAddressGiven_AndOpenTheBrowserOnIt()
    {
        // The browser is a script that writes down the address it is given (BROWSER, as `--open` documents).
        var opened = Path.Combine(Root, "opened.txt");
        var browser = Path.Combine(Root, "browser.sh");
        File.WriteAllText(browser, $"#!/bin/sh\nprintf '%s' \"$1\" > '{opened}'\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var preview = StartPreview(terminal: false, new Dictionary<string, string> { ["BROWSER"] = browser }, "--host", "127.0.0.2", "--port", "0", "--open");
        var (host, _, address) = Serving(preview);
        Assert.Equal(IPAddress.Parse("127.0.0.2"), host);
        Assert.True(preview.WaitWhileRunning(() => File.Exists(opened) && File.ReadAllText(opened).Length > 0), "the browser was not opened:\n" + preview.Output + preview.Error);
        Assert.Equal(address, File.ReadAllText(opened));
        using var http = new HttpClient();
        Assert.Contains("<h1", await http.GetStringAsync(new Uri(new Uri(address), "transcripts/first-talk/")));
        preview.Signal(ToolProcess.SigTerm);
        Assert.True(preview.WaitForExit(ToolProcess.Patience));
    }
}

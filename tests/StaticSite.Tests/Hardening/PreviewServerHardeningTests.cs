using System.Net;
using System.Net.Sockets;
using System.Text;
using StaticSite.Cli.Preview;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Hardening;

/// <summary>
/// The preview serves the built site and nothing else: requests are sent as raw bytes to 127.0.0.1,
/// so that no client tidies their paths first.
/// </summary>
public sealed class PreviewServerHardeningTests : IAsyncLifetime
{
    private const string Secret = "runner secret 51ac";
    private readonly TempFolder _folder = new("preview-hardening", TestSite.Minimal);
    private readonly TempFolder _outside = new("preview-outside");
    private PreviewSession _session = null!;
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_outside.Root, "secret.txt"), Secret);
        _session = new PreviewSession(new BuildOptions
        {
            WorkingDirectory = _folder.Root, ThemeDirectory = RepoPaths.Theme, OutputDirectory = Path.Combine(_folder.Root, "preview"), BasePath = "/pub/", Force = true,
        });
        await _session.RebuildAsync();
        _server = new PreviewServer(_session);
        await _server.StartAsync(0);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _session.Dispose();
        _folder.Dispose();
        _outside.Dispose();
    }

    // One HTTP/1.1 request exactly as written; the status code and the whole response.
    private async Task<(int Status, string Response)> Send(string target, string extraHeaders = "", string method = "GET")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extraHeaders}Connection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    private static string Body(string response) => response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];

    [Fact]
    public async Task ThePreview_ListensOnLoopback_AndServesThePages()
    {
        Assert.StartsWith("http://127.0.0.1:", _server.Address);
        var (status, response) = await Send("/pub/transcripts/first-talk/");
        Assert.Equal(200, status);
        Assert.Contains("The First Talk", response);
    }

    [Theory]
    [InlineData("/pub/..%2F..%2Finput%2Fsite.yml")]
    [InlineData("/pub/%2e%2e/%2e%2e/input/site.yml")]
    [InlineData("/pub/%252e%252e/%252e%252e/input/site.yml")]
    [InlineData("/pub/..%5C..%5Cinput%5Csite.yml")]
    [InlineData("/pub/..\\..\\input\\site.yml")]
    [InlineData("/pub/../../input/site.yml")]
    [InlineData("/pub//etc/hostname")]
    [InlineData("/pub/%2Fetc%2Fhostname")]
    [InlineData("/etc/hostname")]
    [InlineData("http://127.0.0.1/pub/../../input/site.yml")]
    public async Task PathsLeadingOutOfTheSite_AreNotFound_AndShowNothingOfTheFile(string target)
    {
        var (status, response) = await Send(target);
        Assert.True(status is 400 or 404, $"{target}: {status}");
        Assert.DoesNotContain("title: Test Exchanges", response);
        Assert.DoesNotContain(await File.ReadAllTextAsync("/etc/hostname") is { Length: > 2 } host ? host.Trim() + "\n" : "\u0000", response);
    }

    [Fact]
    public async Task ASymbolicLinkInTheInputLeadingOutside_IsRefusedAndNotServed()
    {
        // The preview serves what its build made, from memory; a link out of the input is refused when read.
        var assets = Path.Combine(_folder.Root, "input", "assets");
        Directory.CreateDirectory(assets);
        File.CreateSymbolicLink(Path.Combine(assets, "leak.txt"), Path.Combine(_outside.Root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(assets, "leaks"), _outside.Root);
        await _session.RebuildAsync();
        Assert.Contains(_session.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.LinkOutsidePublication);
        foreach (var target in new[] { "/pub/assets/leak.txt", "/pub/assets/leaks/secret.txt" })
        {
            var (status, response) = await Send(target);
            Assert.NotEqual(200, status);
            Assert.DoesNotContain(Secret, response);
        }
    }

    [Fact]
    public async Task AFolderWithoutAnIndex_IsNotListed()
    {
        var (status, response) = await Send("/pub/assets/");
        Assert.Equal(404, status);
        var (_, notFound) = await Send("/pub/nowhere/");
        Assert.Equal(Body(notFound), Body(response)); // the site's 404 page, not a listing
    }

    [Fact]
    public async Task OversizedRequestLineOrHeaders_AreRefused()
    {
        Assert.Equal(414, (await Send("/pub/" + new string('a', 20_000))).Status);
        Assert.Equal(431, (await Send("/pub/", $"X-Filler: {new string('b', 40_000)}\r\n")).Status);
    }

    [Fact]
    public async Task ARequestWithABody_IsRefused()
    {
        var (status, _) = await Send("/pub/", "Content-Length: 10000000\r\n", "POST");
        Assert.True(status is 405 or 413, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

using System.Net;
using System.Text.Json;
using StaticSite.Cli.Preview;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

/// <summary>`preview` on a free loopback port: pages with the live-reload script, rebuilds on save, errors in the status, reload events.</summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(15);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "staticsite-tests", "preview-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private PreviewSession _session = null!;
    private PreviewServer _server = null!;
    private FolderWatch _watch = null!;

    public async Task InitializeAsync()
    {
        FileTree.Write(_root, FileTree.Parse(TestSite.Minimal));
        var options = new BuildOptions
        {
            WorkingDirectory = _root,
            ThemeDirectory = RepoPaths.Theme,
            OutputDirectory = Path.Combine(_root, "preview"),
            BasePath = "/pub/",
            Force = true,
        };
        _session = new PreviewSession(options);
        await _session.RebuildAsync();
        _server = new PreviewServer(_session);
        await _server.StartAsync(0);
        _watch = new FolderWatch([Path.Combine(_root, "input")], _session.RebuildAsync);
    }

    public async Task DisposeAsync()
    {
        _watch.Dispose();
        await _server.DisposeAsync();
        _session.Dispose();
        _http.Dispose();
        TempFolder.Delete(_root);
    }

    private Task<string> Get(string path) => _http.GetStringAsync(new Uri(new Uri(_server.Address), path));

    private async Task<JsonElement> Status() => JsonDocument.Parse(await _http.GetStringAsync(new Uri(new Uri(_server.Address), "/__staticsite/status"))).RootElement;

    // Edits a file and waits for the rebuild it causes.
    private async Task Edit(string path, Func<string, string> change)
    {
        var next = _session.Changed;
        var file = Path.Combine(_root, path);
        await File.WriteAllTextAsync(file, change(await File.ReadAllTextAsync(file)));
        await next.WaitAsync(_patience);
        await Task.Delay(300); // let a burst of file events settle into its one rebuild
    }

    [Fact]
    public async Task Pages_AreServedUnderTheBasePathWithTheScript_TheSiteStaysPlainAndNothingIsWritten()
    {
        Assert.StartsWith("http://127.0.0.1:", _server.Address);
        Assert.EndsWith("/pub/", _server.Address);
        var html = await Get("transcripts/first-talk/");
        Assert.Contains("<h1", html);
        Assert.Contains(LiveReloadScript.Path, html);
        Assert.DoesNotContain(LiveReloadScript.Path, System.Text.Encoding.UTF8.GetString(_session.Site!.Find("transcripts/first-talk/index.html")!));
        Assert.False(Directory.Exists(Path.Combine(_root, "preview")), "the preview wrote its site to disk");
        Assert.Equal(["input"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
        Assert.Contains("EventSource", await Get(LiveReloadScript.Path));
        Assert.Contains("font", await Get("assets/css/site.css"));
        var feed = await _http.GetAsync(new Uri(new Uri(_server.Address), "feed.xml"));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.EndsWith("xml", feed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SavingAFile_RebuildsAndTheNextRequestHasTheChange()
    {
        var version = (await Status()).GetProperty("version").GetInt32();
        await Edit("input/transcripts/first-talk.md", text => text.Replace("Mostly APIs.", "Mostly APIs, and now docs."));
        Assert.Contains("</span>, and now docs.", await Get("transcripts/first-talk/")); // after the term card of "APIs"
        Assert.True((await Status()).GetProperty("version").GetInt32() > version);
    }

    [Fact]
    public async Task ARebuild_SendsAnEventToOpenPages()
    {
        using var events = await _http.GetStreamAsync(new Uri(new Uri(_server.Address), "/__staticsite/events"));
        using var reader = new StreamReader(events);
        Assert.Equal("retry: 1000", await reader.ReadLineAsync());
        await Edit("input/pages/about.md", text => text + "\nOne more line.\n");
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(_patience);
        while (!lines.Contains("event: rebuilt")) lines.Add(await reader.ReadLineAsync(timeout.Token) ?? "");
        Assert.StartsWith("data: ", await reader.ReadLineAsync(timeout.Token));
    }

    [Fact]
    public async Task AnError_IsInTheStatusWhileTheLastGoodPageStays_UntilItIsFixed()
    {
        var good = await Get("topics/money/");
        await Edit("input/topics.yml", text => text.Replace("related: [code]", "related: [cod]"));
        var status = await Status();
        var error = status.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal("input/topics.yml", error.GetProperty("file").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal("SSG0106", error.GetProperty("code").GetString());
        Assert.Equal(good, await Get("topics/money/"));
        await Edit("input/topics.yml", text => text.Replace("related: [cod]", "related: [code]"));
        Assert.DoesNotContain((await Status()).GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task SavingOneTranscript_ReparsesOnlyIt()
    {
        FileTree.Write(_root, FileTree.Parse("""
            -- input/transcripts/second-talk.md --
            ---
            title: The Second Talk
            date: 2024-11-08
            speakers:
              - { id: host, role: interviewer }
            ---

            @host #code: Another question about the API?
            """));
        await _session.RebuildAsync();
        var cache = _session.Cache;
        await Task.Delay(300); // let the watcher's own rebuild for the new file run first
        var (hits, saved, other) = (cache.Hits, cache.MissesOf("input/transcripts/first-talk.md"), cache.MissesOf("input/transcripts/second-talk.md"));
        await Edit("input/transcripts/first-talk.md", text => text.Replace("Mostly APIs.", "Mostly APIs and tests."));
        Assert.True(cache.MissesOf("input/transcripts/first-talk.md") > saved); // the saved transcript was parsed again…
        Assert.Equal(other, cache.MissesOf("input/transcripts/second-talk.md")); // …the other one was not…
        Assert.True(cache.Hits > hits); // …it came from the cache
        Assert.Contains("</span> and tests.", await Get("transcripts/first-talk/")); // after the term card of "APIs"
    }

    [Fact]
    public async Task SavingOneTranscript_RendersOnlyWhatItFeeds_AndTheSiteEqualsAFullBuild()
    {
        FileTree.Write(_root, FileTree.Parse("""
            -- input/speakers.yml --
            host:
              name: The Host
            guest:
              name: Ada Guest
            other:
              name: Other Voice
            -- input/transcripts/second-talk.md --
            ---
            title: The Second Talk
            date: 2024-11-08
            speakers:
              - { id: other, role: interviewer }
            ---

            @other: A question about nothing in the glossary?
            """));
        await _session.RebuildAsync();
        await Task.Delay(300); // let the watcher's own rebuild for these files run first
        await _session.RebuildAsync();
        await Edit("input/transcripts/first-talk.md", text => text.Replace("@host #code: What do you write?", "@host #money: What do you write?"));
        Assert.True(_session.LastReused > 0, "an edit to one transcript should reuse the pages that do not depend on it");
        Assert.Contains("What do you write?", await Get("topics/money/"));
        Assert.DoesNotContain("What do you write?", await Get("topics/code/"));

        // The incremental site is exactly the site a full build makes.
        var full = Path.Combine(_root, "full");
        var result = SiteBuilder.Build(new BuildOptions
        {
            WorkingDirectory = _root, ThemeDirectory = RepoPaths.Theme, OutputDirectory = full, BasePath = "/pub/", Force = true,
        });
        Assert.True(result.Succeeded);
        var written = Sites.OutputTests.Snapshot(full);
        written.Remove(".nojekyll"); // for GitHub Pages only
        Assert.Equal(written, Snapshot(_session.Site!));
    }

    private static SortedDictionary<string, string> Snapshot(StaticSite.Output.MemorySite site) => new(
        site.Destinations.ToDictionary(d => d.Replace('/', Path.DirectorySeparatorChar), d => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(site.Find(d)!))),
        StringComparer.Ordinal);

    [Theory]
    [InlineData("nowhere/")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%2e%2e/%2e%2e/input/site.yml")]
    public async Task MissingOrEscapingPaths_AreNotFound(string path)
    {
        var response = await _http.GetAsync(new Uri(new Uri(_server.Address), path));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("title: Test Exchanges", await response.Content.ReadAsStringAsync());
    }
}

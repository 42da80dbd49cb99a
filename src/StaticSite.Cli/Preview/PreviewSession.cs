using System.Diagnostics;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Cli.Preview;

/// <summary>
/// The site being previewed: rebuilds one at a time into memory (nothing is written to disk, least of all
/// output/), keeps the last good site when a build fails, and tells whoever waits that something changed.
/// Saves that arrive during a rebuild are folded into one more rebuild after it.
/// </summary>
internal sealed class PreviewSession(BuildOptions buildOptions) : IDisposable
{
    // Transcripts nobody saved are not parsed again: a save re-parses one file, then links and renders.
    private readonly BuildOptions _options = (buildOptions with { InMemory = true }) is var memory && memory.ParseCache is null
        ? memory with { ParseCache = new Input.ParseCache() }
        : memory;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly CollectorHold _collector = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _requested;
    // The files changed since the last rebuild began, when every one is known (see RebuildAsync).
    private readonly TouchedFiles _touched = new(known: true);

    /// <summary>The last good site, served from memory; null until a build has succeeded.</summary>
    public Output.MemorySite? Site { get; private set; }

    public string BasePath => _options.BasePath ?? "/";

    /// <summary>The parsed transcripts kept between rebuilds.</summary>
    public Input.ParseCache Cache => _options.ParseCache!;

    /// <summary>Goes up by one after every rebuild, good or failed.</summary>
    public int Version { get; private set; }

    /// <summary>The last rebuild's diagnostics; when it has errors, the site is the last good one.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    public TimeSpan LastRebuild { get; private set; }

    /// <summary>The last rebuild's whole result: its phases and steps, for the benchmarks.</summary>
    public BuildResult? LastResult { get; private set; }

    /// <summary>Pages the last rebuild took from the one before instead of rendering.</summary>
    public int LastReused { get; private set; }

    /// <summary>Pages and files the last good rebuild rendered, in ordinal order.</summary>
    public IReadOnlyList<string> LastRendered { get; private set; } = [];

    // The input and dependencies of the last good build: a rebuild renders only what changed since.
    private (InputSnapshot Input, Func<string, IReadOnlySet<string>?> Dependencies)? _lastGood;
    private InputSnapshot? _lastSnapshot;

    // Only transcripts changed since the last good build: render what they feed, reuse the rest.
    // Anything else changed (data, pages, layouts, assets): render everything.
    private IncrementalBuild? Incremental(InputSnapshot now) =>
        _lastGood is { } last && last.Input.Everything == now.Everything && Site is { } site
            ? new IncrementalBuild(site, now.ChangedSince(last.Input), last.Dependencies)
            : null;

    /// <summary>Completes at the next rebuild.</summary>
    public Task Changed
    {
        get
        {
            lock (_lock) return _changed.Task;
        }
    }

    public event Action<PreviewSession>? Rebuilt;

    /// <summary>Rebuilds now, or has the rebuild in progress run once more when it ends (a burst of requests makes one rebuild).</summary>
    /// <param name="touched">The full paths of the files that changed, when the caller knows them all (the folder watcher); null looks at every file.</param>
    public async Task RebuildAsync(IEnumerable<string>? touched = null)
    {
        _touched.Add(touched);
        Interlocked.Exchange(ref _requested, 1);
        if (!await _building.WaitAsync(0).ConfigureAwait(false)) return; // the running rebuild sees the request and goes again
        try
        {
            while (Interlocked.Exchange(ref _requested, 0) == 1) await BuildOnceAsync().ConfigureAwait(false);
        }
        finally
        {
            _building.Release();
        }
        if (Volatile.Read(ref _requested) == 1) await RebuildAsync([]).ConfigureAwait(false); // asked for between the last check and the release
    }

    /// <summary>Waits (at most <paramref name="patience"/>) for a rebuild in progress to end, so that stopping does not cut it short.</summary>
    public async Task WaitIdleAsync(TimeSpan patience)
    {
        if (await _building.WaitAsync(patience).ConfigureAwait(false)) _building.Release();
    }

    private async Task BuildOnceAsync()
    {
        var clock = Stopwatch.StartNew();
        BuildResult result;
        var touched = _touched.Take();
        // Compared with the last snapshot taken, good build or not: a file unchanged since is not read again, and when the
        // watcher named every file that changed, no other is looked at.
        var snapshot = _lastSnapshot = (touched is not null && _lastSnapshot is { } last ? InputSnapshot.After(last, _options, touched) : null)
            ?? InputSnapshot.Take(_options, _lastSnapshot);
        try
        {
            var incremental = Incremental(snapshot);
            result = await Task.Run(() => _collector.Run(incremental is not null,
                () => SiteBuilder.Build(_options with { Incremental = incremental, KnownTranscripts = snapshot.TranscriptFiles }))).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in StaticSite must not stop the preview: show it like a diagnostic.
            result = new BuildResult(false, [new Diagnostic(SourceLocation.File("staticsite"), Severity.Error, DiagnosticCodes.InternalError, "internal error: " + e.GetBaseException().Message)], 0, clock.Elapsed, []);
        }
        if (result.Succeeded) _lastGood = (snapshot, result.DependenciesOf);
        TaskCompletionSource done;
        lock (_lock)
        {
            if (result is { Succeeded: true, Site: { } site })
            {
                Site = site;
                LastRendered = site.Rendered;
            }
            LastRebuild = clock.Elapsed;
            LastResult = result;
            LastReused = result.PagesReused;
            Diagnostics = result.Diagnostics;
            Version++;
            done = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.TrySetResult();
        Rebuilt?.Invoke(this);
    }

    public void Dispose()
    {
        _building.Dispose();
        _collector.Dispose();
    }
}

using System.Diagnostics;
using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Pipeline;

/// <summary>The engine's front door: one call builds (or checks) a site and says what happened.</summary>
public static class SiteBuilder
{
    /// <param name="progress">Told the name of each phase as it ends (the console's progress display).</param>
    public static BuildResult Build(BuildOptions options, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var context = new BuildContext(options);
        // Refuse a dangerous output folder before any work, so the editor hears of it first and alone.
        var output = options.FullPath(options.OutputDirectory);
        var writes = !options.DryRun && !options.InMemory;
        if (writes && Output.OutputFolderGuard.Refusal(options, output) is { } refusal)
        {
            context.Diagnostics.Error(SourceLocation.File(Output.OutputFolderGuard.Shown(options, output)), DiagnosticCodes.OutputRefused, refusal);
            return new BuildResult(false, context.Diagnostics.Reported(), 0, clock.Elapsed, []);
        }
        Rendering.LayoutSet.Prepare();
        var phases = new List<(string Phase, TimeSpan Time, long Allocated, long PeakWorkingSet)>();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var allocated = GC.GetTotalAllocatedBytes();
        var engine = new Engine(SitePipelines.All(options.PageKinds), SiteModelBuilder.Build);
        bool succeeded;
        var cleaning = writes && Directory.Exists(Path.GetDirectoryName(output));
        try
        {
            // Before anything can fail: a failed build must leave the last good site, even one a killed build had renamed aside.
            if (cleaning) Output.StagingLeftovers.Clean(output);
            cleaning = false;
            succeeded = engine.Run(context, (phase, time) =>
            {
                var now = GC.GetTotalAllocatedBytes();
                phases.Add((phase, time, now - allocated, PeakWorkingSet(process)));
                progress?.Invoke(phase);
                allocated = now;
            });
        }
        catch (Exception e) when (Output.FileSystemFailure.Of(e) is { } failure)
        {
            // The disk's or the editor's problem (a path under a file, no permission, a full disk), not a bug: say where and why.
            var writing = cleaning || phases.Any(p => p.Phase == "plan pages");
            var folder = writing ? output : options.FullPath(options.InputDirectory);
            context.Diagnostics.Error(SourceLocation.File(options.DisplayPath(folder)), writing ? DiagnosticCodes.OutputNotWritable : DiagnosticCodes.UnreadableInput,
                writing ? $"cannot write the site to '{options.DisplayPath(output)}': {failure.Message.TrimEnd('.')}; check the path, its permissions and the free space"
                    : $"cannot read the input: {failure.Message.TrimEnd('.')}; check the path and its permissions");
            succeeded = false;
        }
        finally
        {
            // Whatever happened, never leave a half-written staging folder beside output/ (a later build removes it if this cannot).
            if (context.ExistingService<Output.StagedSite>()?.Folder is { } staging && Directory.Exists(staging)) Output.LeftoverFolder.TryDelete(staging);
        }
        var written = succeeded ? context.Results(PipelineNames.Write).Where(d => d.Destination.EndsWith(".html", StringComparison.Ordinal)).ToList() : [];
        var pages = written.Count;
        var byKind = written.GroupBy(d => options.PageKinds.SectionOf(d.Destination)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var steps = context.Clock.Totals();
        var memory = new MemoryUse(GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), Environment.WorkingSet,
            PeakWorkingSet(process)) { GcPause = GC.GetTotalPauseDuration() };
        return new BuildResult(succeeded && !context.Diagnostics.HasErrors, context.Diagnostics.Reported(), pages, clock.Elapsed, phases)
        {
            Memory = memory,
            Steps = steps,
            PagesByKind = byKind,
            PagesReused = context.PagesReused,
            Site = succeeded && !context.Diagnostics.HasErrors ? context.ExistingService<Output.StagedSite>()?.Memory : null,
            Linked = (context.ModelIfBuilt, options.PageKinds),
            LayoutsRenderedByFluid = context.ExistingService<Rendering.LayoutSet>()?.RenderedByFluid ?? [],
        };
    }

    private static long PeakWorkingSet(System.Diagnostics.Process process)
    {
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}

/// <summary>What a build did: success, every diagnostic in a stable order, pages written, time per phase.</summary>
public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    int PagesWritten,
    TimeSpan Elapsed,
    IReadOnlyList<(string Phase, TimeSpan Time, long Allocated, long PeakWorkingSet)> Phases)
{
    public MemoryUse? Memory { get; init; }

    /// <summary>Pages an incremental preview rebuild reused from the previous build.</summary>
    public int PagesReused { get; init; }

    /// <summary>The site of a good build kept in memory (<see cref="BuildOptions.InMemory"/>); null otherwise.</summary>
    public Output.MemorySite? Site { get; init; }

    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _noDependencies = new Dictionary<string, IReadOnlySet<string>>();

    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> _dependencies = new(() => _noDependencies);

    /// <summary>
    /// What each transcript fed (PageDependencies), for the next incremental rebuild. Worked out when first asked:
    /// only the preview asks, and a build would otherwise spend time on it alone at the end.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Dependencies => _dependencies.Value;

    private readonly Func<string, IReadOnlySet<string>?> _dependenciesOf = _ => null;

    /// <summary>
    /// What one transcript fed (see <see cref="Dependencies"/>), by its source; null when it was not in the build. The
    /// preview asks this of the transcripts a save changed, not the whole dictionary of every transcript.
    /// </summary>
    public IReadOnlySet<string>? DependenciesOf(string source) => _dependenciesOf(source);

    /// <summary>The model the build linked (null when it stopped before) and its page kinds, which <see cref="Dependencies"/> are worked out from.</summary>
    internal (SiteModel? Model, PageKinds Kinds) Linked
    {
        init
        {
            _dependencies = new(() => value.Model is null ? _noDependencies : PageDependencies.Of(value.Model, value.Kinds.DependencyKeys));
            _dependenciesOf = source => value.Model is null ? null : PageDependencies.Of(value.Model, value.Kinds.DependencyKeys, new HashSet<string>(StringComparer.Ordinal) { source }).GetValueOrDefault(source);
        }
    }

    /// <summary>HTML pages written per section: the page kinds that are sections of the summary (PageKind.IsSummarySection), and other pages.</summary>
    public IReadOnlyDictionary<string, int> PagesByKind { get; init; } = new Dictionary<string, int>();

    /// <summary>Interleaved steps (parse, render, scan, write), summed over threads, with what each allocated.</summary>
    public IReadOnlyList<(string Name, TimeSpan Time, long Allocated)> Steps { get; init; } = [];

    /// <summary>Page layouts rendered by Fluid rather than compiled: the same output, more slowly (docs/format.md, Themes).</summary>
    public IReadOnlyList<string> LayoutsRenderedByFluid { get; init; } = [];
}

/// <summary>What the process allocated and kept, for `build --verbose` and the benchmarks.</summary>
public sealed record MemoryUse(long AllocatedBytes, int Gen0, int Gen1, int Gen2, long WorkingSet, long PeakWorkingSet)
{
    /// <summary>Time the collector held every thread: work no core did for the build.</summary>
    public TimeSpan GcPause { get; init; }
}

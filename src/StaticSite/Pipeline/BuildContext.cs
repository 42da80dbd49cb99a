using System.Collections.Concurrent;
using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Pipeline;

/// <summary>
/// What modules share during one build: the options, the diagnostics bag, each pipeline's
/// results so far, and the site model once the Process phase is over.
/// </summary>
public sealed class BuildContext(BuildOptions options)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _results = new(StringComparer.Ordinal);
    private SiteModel? _model;

    // Lazy so that a service is built exactly once even when parallel documents ask for it together.

    public BuildOptions Options { get; } = options;

    public DiagnosticBag Diagnostics { get; } = new(options.Strict);

    /// <summary>The page kinds this build writes (Pipeline/SitePipelines).</summary>
    public PageKinds PageKinds => Options.PageKinds;

    /// <summary>Thread time of interleaved steps, for `build --verbose`.</summary>
    public PhaseClock Clock { get; } = new();

    private readonly ConcurrentDictionary<Type, Lazy<object>> _services = new();

    /// <summary>The linked site model: available from the PostProcess phase on.</summary>
    public SiteModel Model
    {
        get => _model ?? throw new InvalidOperationException("the site model is built after the Process phase");
        set => _model = value;
    }

    private int _reused;

    /// <summary>Pages an incremental preview rebuild copied from the previous build instead of rendering.</summary>
    public int PagesReused => _reused;

    internal void CountReused() => Interlocked.Increment(ref _reused);

    /// <summary>The site model if the build got that far.</summary>
    public SiteModel? ModelIfBuilt => _model;

    public IReadOnlyList<Document> Results(string pipeline) =>
        _results.TryGetValue(pipeline, out var documents) ? documents : [];

    internal void SetResults(string pipeline, IReadOnlyList<Document> documents) => _results[pipeline] = documents;

    /// <summary>The service of this type if some module has built it.</summary>
    public T? ExistingService<T>() where T : class =>
        _services.TryGetValue(typeof(T), out var lazy) && lazy.IsValueCreated ? (T)lazy.Value : null;

    /// <summary>A service built once on first use; the factory may read other pipelines' results.</summary>
    public T Service<T>(Func<BuildContext, T> factory) where T : class =>
        (T)_services.GetOrAdd(typeof(T), _ => new Lazy<object>(() => factory(this))).Value;
}

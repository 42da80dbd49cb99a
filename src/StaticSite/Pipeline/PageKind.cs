using StaticSite.Model;
using StaticSite.Rendering;

namespace StaticSite.Pipeline;

/// <summary>
/// One kind of page or file the site writes, declared once in the registry (<see cref="SitePipelines.Kinds"/>):
/// the build derives from it the kind's pipeline, the slugs free pages may not take, the navigation,
/// the sitemap, the order of writing, the build summary's sections and the preview's dependencies.
/// </summary>
/// <param name="Name">Its pipeline's name (<see cref="PipelineNames"/>).</param>
public sealed record PageKind(string Name)
{
    /// <summary>Pipelines whose Process phase finishes before this one's modules run.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>Reads its source files, if it has any.</summary>
    public IReadOnlyList<IModule> Input { get; init; } = [];

    /// <summary>Parses each source file, in parallel.</summary>
    public IReadOnlyList<IModule> Process { get; init; } = [];

    /// <summary>Plans its pages from the site model: usually one Render…Pages module.</summary>
    public IReadOnlyList<IModule> PostProcess { get; init; } = [];

    /// <summary>The top-level name its URLs take (/topics/…, /404.html, /feed.xml): a free page may not have it as its slug.</summary>
    public string? ReservedSlug { get; init; }

    /// <summary>The build summary counts its HTML pages on a line of their own, named by <see cref="ReservedSlug"/>, not among "other pages".</summary>
    public bool IsSummarySection { get; init; }

    /// <summary>The layouts its pages render, which are also their page.kind (only 404.liquid's page calls itself "not-found").</summary>
    public IReadOnlyList<string> Layouts { get; init; } = [];

    /// <summary>The navigation item that is current on its pages; null when it has none.</summary>
    public NavEntry? Nav { get; init; }

    /// <summary>Its HTML pages are listed in sitemap.xml.</summary>
    public bool InSitemap { get; init; }

    public WriteOrder WriteOrder { get; init; } = WriteOrder.Page;

    /// <summary>The key its pages depend on, for the preview's incremental rebuilds; null when they always render.</summary>
    public DependencyKey? DependencyKey { get; init; }

    internal Pipeline Pipeline() => new(Name)
    {
        Dependencies = [.. Dependencies],
        Input = [.. Input],
        Process = [.. Process],
        PostProcess = [.. PostProcess],
    };
}

using StaticSite.Model;
using StaticSite.Rendering;

namespace StaticSite.Pipeline;

/// <summary>
/// The registry of page kinds, and what the build derives from it: the order of writing, the
/// reserved slugs, the sitemap's pipelines, the navigation, the summary's sections and the
/// preview's dependency keys. The build's own registry is <see cref="SitePipelines.Kinds"/>.
/// </summary>
public sealed class PageKinds
{
    private readonly HashSet<string> _reservedSlugs;

    public PageKinds(IReadOnlyList<PageKind> kinds)
    {
        // Two kinds with one name or one slug are a mistake in the build definition, not in an editor's files.
        if (kinds.GroupBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"two page kinds are named '{twice.Key}'");
        if (kinds.Where(k => k.ReservedSlug is not null).GroupBy(k => k.ReservedSlug, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } shared)
            throw new InvalidOperationException($"page kinds {string.Join(" and ", shared.Select(k => k.Name))} both reserve '{shared.Key}'");
        if (kinds.FirstOrDefault(k => k.IsSummarySection && k.ReservedSlug is null) is { } unnamed)
            throw new InvalidOperationException($"page kind '{unnamed.Name}' is a section of the summary but reserves no slug to name it by");
        All = kinds;
        InWriteOrder = [.. kinds.OrderBy(k => k.WriteOrder)]; // a stable sort: the registry's order within one step
        _reservedSlugs = [.. kinds.Select(k => k.ReservedSlug).OfType<string>()];
        InSitemap = [.. kinds.Where(k => k.InSitemap).Select(k => k.Name)];
        Nav = [.. kinds.Select(k => k.Nav).OfType<NavEntry>().Distinct()];
        DependencyKeys = [.. kinds.Select(k => k.DependencyKey).OfType<DependencyKey>().Distinct()];
    }

    /// <summary>Every kind, in the order their pipelines are declared.</summary>
    public IReadOnlyList<PageKind> All { get; }

    /// <summary>Every kind in the order its files are written (<see cref="WriteOrder"/>).</summary>
    public IReadOnlyList<PageKind> InWriteOrder { get; }

    /// <summary>The pipelines whose HTML pages sitemap.xml lists.</summary>
    public IReadOnlyList<string> InSitemap { get; }

    /// <summary>The site navigation's items, in the order of the first kind that declares each.</summary>
    public IReadOnlyList<NavEntry> Nav { get; }

    /// <summary>The kinds of key pages depend on, for the preview's incremental rebuilds.</summary>
    public IReadOnlyList<DependencyKey> DependencyKeys { get; }

    /// <summary>This registry and one more kind (a test's, or a new kind tried out before it is registered).</summary>
    public PageKinds With(PageKind kind) => new([.. All, kind]);

    /// <summary>Whether a free page may not take this slug: some kind's URLs start with it.</summary>
    public bool IsReserved(string slug) => _reservedSlugs.Contains(slug);

    /// <summary>Whether the navigation item is current on a page whose page.kind is <paramref name="layout"/>.</summary>
    public bool IsCurrent(NavEntry entry, string layout) => All.Any(k => Equals(k.Nav, entry) && k.Layouts.Contains(layout, StringComparer.Ordinal));

    /// <summary>The build summary's line for a page written at <paramref name="destination"/>: its kind's slug, or "other pages".</summary>
    public string SectionOf(string destination)
    {
        var slug = destination.Split('/')[0];
        return All.Any(k => k.IsSummarySection && k.ReservedSlug == slug) ? slug : "other pages";
    }
}

namespace StaticSite.Rendering;

/// <summary>What the pages of one paginated list share (<see cref="Pagination.Pages"/>).</summary>
/// <param name="Layout">The layout its pages render, also their page.kind.</param>
/// <param name="Title">The first page's title; later pages add "(page 2 of 9)".</param>
/// <param name="FirstUrl">The first page's URL; later pages are at …/page/2/ and on.</param>
/// <param name="Source">The file the list's subject is declared in (a topic's topics.yml).</param>
/// <param name="DependsOn">
/// The key every page of the list depends on (Model/PageDependencies): a preview rebuild reuses the pages of a list
/// whose key no changed transcript feeds, and compares the fingerprints of the others; null compares them always.
/// </param>
public sealed record PagedList(string Layout, string Title, string Description, string FirstUrl, string Source, string? DependsOn = null);

using StaticSite.Model;

namespace StaticSite.Rendering;

/// <summary>
/// An item of the site navigation, declared by the page kinds it stands for (Pipeline/PageKind):
/// it is current on their pages. Kinds that share one entry (the home page and transcripts) share the item.
/// </summary>
public sealed record NavEntry(string Title, Func<SiteUrls, string> Url)
{
    /// <summary>The item names the collection: its title follows the kinds the site holds (<see cref="KindLabels"/>), not <see cref="Title"/>.</summary>
    public bool IsCollection { get; init; }
}

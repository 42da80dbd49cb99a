namespace StaticSite.Model;

/// <summary>A free page from pages/*.md.</summary>
public sealed record FreePage(string Slug, string Title, string? Description, string Html, IReadOnlyList<string> TermIds, string Url, string Source);

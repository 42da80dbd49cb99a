namespace StaticSite.Model;

/// <summary>site.yml, with the base path resolved (command line over base_url).</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string Language,
    string? BaseUrl,
    string BasePath,
    string? Author,
    bool RawHtml,
    int PageSize = SiteSettings.DefaultPageSize)
{
    /// <summary>How many entries a topic, speaker or term page lists before it continues on a next page.</summary>
    public const int DefaultPageSize = 100;
}

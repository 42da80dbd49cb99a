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

    /// <summary>The kinds transcripts may be: the built-in ones with site.yml's `kinds:` over them.</summary>
    public PublicationKinds Kinds { get; init; } = PublicationKinds.Default;

    /// <summary>site.yml's `collection:`: the collection's name in the navigation and the search label, when set.</summary>
    public string? CollectionLabel { get; init; }
}

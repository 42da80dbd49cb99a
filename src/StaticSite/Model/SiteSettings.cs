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
    int PageSize = SiteSettings.DefaultPageSize,
    int FeedSize = SiteSettings.DefaultFeedSize,
    int HomeSize = SiteSettings.DefaultHomeSize)
{
    /// <summary>How many entries a topic, speaker or term page, or a page of the archive, lists before it continues on a next page.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>How many of the latest transcripts the feed carries.</summary>
    public const int DefaultFeedSize = 20;

    /// <summary>How many of the latest transcripts the home page shows; the archive has them all.</summary>
    public const int DefaultHomeSize = 10;

    /// <summary>The kinds transcripts may be: the built-in ones with site.yml's `kinds:` over them.</summary>
    public PublicationKinds Kinds { get; init; } = PublicationKinds.Default;

    /// <summary>site.yml's `collection:`: the collection's name in the navigation and the search label, when set.</summary>
    public string? CollectionLabel { get; init; }
}

namespace StaticSite.Rendering.Views;

/// <summary>`site` in every layout: settings and the URLs every page needs.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string? Author,
    string BasePath,
    string HomeUrl,
    string StylesheetUrl,
    string ReaderScriptUrl,
    string FaviconUrl,
    string FeedUrl,
    IReadOnlyList<LinkView> Pages)
{
    /// <summary>The search page, which the search box in every page's header submits to.</summary>
    public string SearchUrl { get; init; } = "";

    /// <summary>The collection's name as a title ("Interviews", "Press conferences", or site.yml's `collection:`).</summary>
    public string CollectionTitle { get; init; } = "";

    /// <summary>The collection's name in running text ("interviews").</summary>
    public string CollectionText { get; init; } = "";
}

/// <summary>`page` in every layout: what this page is, and what search engines, sharing cards and reference managers read of it.</summary>
/// <param name="Kind">home, transcript, topics, topic, speakers, speaker, glossary, term, page or not-found.</param>
/// <param name="CanonicalUrl">The page's absolute URL when site.yml has base_url, else its root-relative URL.</param>
public sealed record PageView(string Title, string Description, string Url, string Kind, IReadOnlyList<NavView> Nav, string CanonicalUrl)
{
    /// <summary>Open Graph type: "article" for transcripts, "website" otherwise.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>schema.org JSON-LD for the page, safe inside a script element; serialized as the page is written.</summary>
    public JsonLdValue? JsonLd { get; init; }

    /// <summary>Citation metadata (Highwire citation_* and Dublin Core) for reference managers.</summary>
    public CitationView? Citation { get; init; }

    /// <summary>Other formats of this page (a transcript's text and JSON exports).</summary>
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];
}

/// <summary>What reference managers read: citation_title, citation_publication_date (YYYY/MM/DD), citation_author…</summary>
public sealed record CitationView(string Title, string DateSlashed, string DateIso, IReadOnlyList<string> Authors, string Publisher, string Language, string Url);

/// <summary>An alternate format of a page: a link element and a visible download link.</summary>
public sealed record AlternateView(string Title, string Type, string Url);

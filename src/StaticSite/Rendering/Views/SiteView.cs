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
    string FaviconUrl,
    string FeedUrl,
    IReadOnlyList<LinkView> Pages);

/// <summary>`page` in every layout: what this page is.</summary>
/// <param name="Kind">home, transcript, topics, topic, speakers, speaker, glossary, term, page or not-found.</param>
public sealed record PageView(string Title, string Description, string Url, string Kind, IReadOnlyList<NavView> Nav);

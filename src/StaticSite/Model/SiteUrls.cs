namespace StaticSite.Model;

/// <summary>
/// The URL layout of FORMAT.md in one place. Every URL is root-relative and starts with the base
/// path, so pages work at a domain root and under a GitHub Pages project path, at any depth.
/// Templates receive finished URLs and never build paths themselves.
/// </summary>
public sealed class SiteUrls(string basePath)
{
    public string BasePath { get; } = basePath;

    public string Home => BasePath;

    /// <summary>The interviews index: every transcript, newest first.</summary>
    public string Transcripts => BasePath + "transcripts/";

    public string Transcript(string slug) => Transcripts + slug + "/";

    /// <summary>The interviews index filtered to one kind, when the site holds several (a transcript's slug is one segment, so none is here).</summary>
    public string TranscriptsOfKind(string kind) => Transcripts + "kinds/" + kind + "/";

    /// <summary>A transcript's plain-text export, beside its page.</summary>
    public string TranscriptText(string slug) => Transcript(slug) + "transcript.txt";

    /// <summary>A transcript's JSON export (speaker, turn text, anchor, topics), beside its page.</summary>
    public string TranscriptJson(string slug) => Transcript(slug) + "transcript.json";

    /// <summary>A timed transcript's captions, one WebVTT cue per timed turn.</summary>
    public string TranscriptVtt(string slug) => Transcript(slug) + "transcript.vtt";

    /// <summary>A transcript's citation for reference managers, beside its page: "bib" (BibTeX), "ris" or "json" (CSL-JSON).</summary>
    public string TranscriptCitation(string slug, string extension) => Transcript(slug) + "cite." + extension;

    /// <summary>The page that cites each passage of a transcript, at the passage's own anchor.</summary>
    public string PassageCitations(string slug) => Transcript(slug) + "cite/";

    public string Topics => BasePath + "topics/";

    public string Topic(string id) => Topics + id + "/";

    /// <summary>Page <paramref name="number"/> of a paginated list whose first page is <paramref name="firstPage"/>.</summary>
    public static string Paged(string firstPage, int number) => number <= 1 ? firstPage : $"{firstPage}page/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    public string Speakers => BasePath + "speakers/";

    public string Speaker(string id) => Speakers + id + "/";

    public string Glossary => BasePath + "glossary/";

    public string Term(string id) => Glossary + id + "/";

    public string Page(string slug) => BasePath + slug + "/";

    public string NotFound => BasePath + "404.html";

    /// <summary>The search page; without script it links the site's sections.</summary>
    public string Search => Page("search");

    /// <summary>The search page narrowed to one speaker's or transcript's passages (the filter's name, then its id).</summary>
    public string SearchWithin(string filter, string id) => Search + "?" + filter + "=" + Uri.EscapeDataString(id);

    /// <summary>What the search page's script fetches first: the manifest of the sharded index (Rendering/RenderSearchIndex).</summary>
    public string SearchIndex => SearchIndexFile("manifest.json");

    /// <summary>A file of the sharded search index, e.g. "w/0.json".</summary>
    public string SearchIndexFile(string relativePath) => File("search-index/" + relativePath);

    /// <summary>A file under the output root, e.g. "assets/css/site.css".</summary>
    public string File(string relativePath) => BasePath + relativePath;

    public string Sitemap => File("sitemap.xml");

    public string Robots => File("robots.txt");

    public static string WithAnchor(string url, string anchor) => url + "#" + anchor;

    /// <summary>Where a page URL is written, relative to the output folder: ".../" becomes ".../index.html".</summary>
    public string Destination(string url)
    {
        if (!url.StartsWith(BasePath, StringComparison.Ordinal)) throw new ArgumentException($"'{url}' is not under the base path '{BasePath}'", nameof(url));
        var relative = url[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>The URL a file written at <paramref name="destination"/> is served at: the inverse of <see cref="Destination"/>.</summary>
    public string UrlOf(string destination)
    {
        const string index = "index.html";
        var isIndex = destination == index || destination.EndsWith("/" + index, StringComparison.Ordinal);
        return BasePath + (isIndex ? destination[..^index.Length] : destination);
    }
}

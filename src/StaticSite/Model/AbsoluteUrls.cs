namespace StaticSite.Model;

/// <summary>
/// Absolute URLs for what is read outside the site (the feed, the sitemap, robots.txt): the origin
/// of site.yml's base_url before a root-relative URL from <see cref="SiteUrls"/>, which already
/// starts with the base path (so <c>--base-path</c> wins over base_url's path, as everywhere).
/// Without base_url, root-relative URLs are the best there is.
/// </summary>
public sealed class AbsoluteUrls(string? baseUrl)
{
    private readonly string _origin = baseUrl is null ? "" : new Uri(baseUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>False when site.yml has no base_url: <see cref="Of"/> then returns its argument.</summary>
    public bool HaveOrigin => _origin.Length > 0;

    /// <summary><paramref name="url"/>, a root-relative URL from <see cref="SiteUrls"/>, made absolute.</summary>
    public string Of(string url) => _origin + url;
}

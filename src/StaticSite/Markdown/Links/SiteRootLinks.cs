using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.Links;

/// <summary>
/// An editor's link that starts with "/" means the site's root, so it gets the base path: the
/// same Markdown then works at a domain root and as a GitHub Pages project site (/repo/).
/// </summary>
internal static class SiteRootLinks
{
    public static void Apply(MarkdownDocument document, string basePath)
    {
        if (basePath == "/") return;
        foreach (var link in document.Descendants().OfType<LinkInline>())
        {
            if (link.Url is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith(basePath, StringComparison.Ordinal))
                link.Url = basePath + url[1..];
        }
    }
}

using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Diagnostics;

namespace StaticSite.Markdown.Links;

/// <summary>
/// Rejects link and image addresses whose scheme can run code or smuggle content (javascript:,
/// vbscript:, data:, file:…): an editor's Markdown must not be able to inject behaviour into a page.
/// The address is emptied so that nothing unsafe reaches the HTML even if the error were ignored.
/// </summary>
internal static class UnsafeLinkFilter
{
    private static readonly string[] _safeSchemes = ["http", "https", "mailto", "tel"];

    public static void Apply(MarkdownDocument document, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var link in document.Descendants().OfType<LinkInline>().ToList())
        {
            if (link.Url is not { } url || Scheme(url) is not { } scheme || _safeSchemes.Contains(scheme)) continue;
            diagnostics.Error(map.Locate(link.Span.Start), DiagnosticCodes.UnsafeLink,
                $"links with '{scheme}:' addresses are not allowed; use an http(s), mailto: or site-relative address");
            link.Url = "";
        }
        foreach (var link in document.Descendants().OfType<AutolinkInline>().ToList())
        {
            if (Scheme(link.Url) is not { } scheme || _safeSchemes.Contains(scheme)) continue;
            diagnostics.Error(map.Locate(link.Span.Start), DiagnosticCodes.UnsafeLink,
                $"links with '{scheme}:' addresses are not allowed; use an http(s), mailto: or site-relative address");
            link.Url = "";
        }
    }

    // The scheme of an absolute address, lowercased, ignoring the spaces and control characters
    // browsers ignore ("java\tscript:"); null for relative addresses.
    private static string? Scheme(string url)
    {
        var cleaned = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return null;
        var scheme = cleaned[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme.ToLowerInvariant() : null;
    }
}

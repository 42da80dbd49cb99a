using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticSite.Diagnostics;

namespace StaticSite.Output;

/// <summary>
/// What link validation needs to remember of pages already written, so that pages need not stay
/// in memory: every (page, id) pair as a 64-bit hash, and each distinct (page, #anchor) that some
/// link names, with the first page (in URL order) that names it, for the message. Links to missing
/// pages are found while scanning, since every destination is known before the first page is written.
/// </summary>
public sealed class LinkIndex(string basePath, IReadOnlySet<string> files, DiagnosticBag diagnostics)
{
    private readonly string _basePath = basePath;
    private static readonly Uri _origin = new("http://site.invalid");
    private readonly HashSet<ulong> _anchors = [];
    private readonly Lock _anchorsLock = new();
    private readonly ConcurrentDictionary<ulong, AnchorReference> _wanted = new();
    private readonly ConcurrentDictionary<string, byte> _htmlPages = new(StringComparer.Ordinal);

    /// <summary>Scans one written page: records its ids and checks or remembers its links.</summary>
    public void AddPage(string destination, string source, ReadOnlySpan<char> html)
    {
        _htmlPages[destination] = 0;
        var page = new PageVisitor(this, destination, source);
        HtmlLinkScanner.Scan(html, page);
        // One lock per page rather than one per id: pages carry hundreds of ids.
        lock (_anchorsLock)
        {
            foreach (var id in page.Ids) _anchors.Add(id);
        }
    }

    /// <summary>After every page is written: each remembered #anchor must exist on its page.</summary>
    public void ReportMissingAnchors()
    {
        foreach (var wanted in _wanted.Values)
        {
            if (_anchors.Contains(Key(wanted.Target, wanted.Fragment))) continue;
            if (!_htmlPages.ContainsKey(wanted.Target)) continue; // a fragment on a non-HTML file is the file's business
            Report(wanted.Source, wanted.Page, DiagnosticCodes.BrokenAnchor,
                $"link '{wanted.Reference}' names anchor '#{wanted.Fragment}', which {PublicUrl(_basePath + wanted.Target)} does not have");
        }
    }

    private void Check(string reference, string destination, string source, string pageUrl)
    {
        if (reference.Length == 0)
        {
            Report(source, destination, DiagnosticCodes.BrokenLink, "a link has an empty address");
            return;
        }
        if (reference.StartsWith("//", StringComparison.Ordinal) || HasScheme(reference)) return; // external: not ours to check
        var (path, fragment) = Resolve(reference, pageUrl);
        string target;
        if (reference.StartsWith('#')) target = destination;
        else
        {
            if (!path.StartsWith(_basePath, StringComparison.Ordinal))
            {
                Report(source, destination, DiagnosticCodes.BrokenLink, $"link '{reference}' points outside the site's base path {_basePath}");
                return;
            }
            var relative = path[_basePath.Length..];
            target = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
            if (!files.Contains(target))
            {
                Report(source, destination, DiagnosticCodes.BrokenLink, $"link '{reference}' leads to no page or file of this site");
                return;
            }
        }
        if (fragment is null || fragment.StartsWith(":~:", StringComparison.Ordinal)) return; // text fragments are the browser's
        var wanted = new AnchorReference(target, fragment, reference, destination, source);
        _wanted.AddOrUpdate(Key(target, fragment), wanted, (_, existing) => string.CompareOrdinal(existing.Page, destination) <= 0 ? existing : wanted);
    }

    // The path and fragment a reference leads to. Root-relative links without dot segments, which are
    // nearly all of a generated site's, are split by hand; anything else goes through Uri.
    private static (string Path, string? Fragment) Resolve(string reference, string pageUrl)
    {
        if (reference.StartsWith('/') && !reference.Contains("/.", StringComparison.Ordinal))
        {
            var hash = reference.IndexOf('#');
            var pathPart = hash < 0 ? reference : reference[..hash];
            var query = pathPart.IndexOf('?');
            if (query >= 0) pathPart = pathPart[..query];
            var fragmentPart = hash < 0 || hash == reference.Length - 1 ? null : reference[(hash + 1)..];
            return (Unescape(pathPart), fragmentPart is null ? null : Unescape(fragmentPart));
        }
        var resolved = new Uri(new Uri(_origin, pageUrl), reference);
        return (Uri.UnescapeDataString(resolved.AbsolutePath), resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) : null);
    }

    private static string Unescape(string text) => text.Contains('%') ? Uri.UnescapeDataString(text) : text;

    private void Report(string source, string destination, string code, string message)
    {
        var at = SourceLocation.File(source.Length > 0 ? source : "output/" + destination);
        diagnostics.Error(at, code, $"page {PublicUrl(_basePath + destination)}: {message}");
    }

    // "page#id" as one 64-bit key, without building the string or a hasher object: the page's hash
    // seeds the id's. A large build has hundreds of thousands of ids (measured: 400 MB of hasher garbage before).
    private static ulong Key(string page, ReadOnlySpan<char> id) => Key(PageSeed(page), id);

    private static ulong Key(long pageSeed, ReadOnlySpan<char> id) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(id), pageSeed);

    private static long PageSeed(string page) => unchecked((long)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(page.AsSpan())));

    private static bool HasScheme(string reference)
    {
        var colon = reference.IndexOf(':');
        var slash = reference.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    private static string PublicUrl(string url) => url.EndsWith("/index.html", StringComparison.Ordinal) ? url[..^"index.html".Length] : url;

    private sealed class PageVisitor(LinkIndex index, string destination, string source) : IHtmlLinkVisitor
    {
        private readonly string _pageUrl = index._basePath + destination;
        private readonly long _seed = PageSeed(destination);

        public List<ulong> Ids { get; } = [];

        public void Id(ReadOnlySpan<char> id) => Ids.Add(Key(_seed, id));

        public void Reference(string reference) => index.Check(reference, destination, source, _pageUrl);
    }

    private sealed record AnchorReference(string Target, string Fragment, string Reference, string Page, string Source);
}

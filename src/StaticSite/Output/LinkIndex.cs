using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticSite.Diagnostics;

namespace StaticSite.Output;

/// <summary>
/// What link validation needs to remember of pages already written, so that pages need not stay
/// in memory: each page's ids as 64-bit hashes, and each distinct (page, #anchor) that some
/// link names and that could not be settled when the link was read, with the first page (in URL
/// order) that names it, for the message. A link to an anchor of a page already scanned is settled
/// there and then, and so is one to its own page when that page is done, since remembering every
/// anchor link of a large site held memory for links nearly all fine. Links to missing
/// pages are found while scanning, since every destination is known before the first page is written.
/// Root-relative links, nearly all of a generated site's, are checked on the page's own characters
/// without allocating; a large build has a few million of them.
/// </summary>
public sealed class LinkIndex
{
    private const int MaxStackPath = 512;
    private static readonly Uri _origin = new("http://site.invalid");
    private readonly string _basePath;
    private readonly DiagnosticBag _diagnostics;
    private readonly Func<string, string>? _fullPath;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _files;
    // Each HTML page's ids (as 64-bit keys), by destination: a page's set is complete when it is added and never changes,
    // so threads read it without a lock, and a page taken from the previous build brings its set as it is.
    private readonly ConcurrentDictionary<string, IReadOnlySet<ulong>> _pages;
    private readonly ConcurrentDictionary<ulong, AnchorReference> _wanted = new();
    // The previous build's pages, when this build takes some of them as they are (AddScanned): which of its files are
    // gone, and which ids its pages had that their pages rendered again no longer have.
    private readonly MemorySite? _previous;
    private readonly HashSet<string> _gone = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ulong, byte> _lost = new();
    // Pages taken from the previous build, whose anchor links are settled once every page is in (see AddScanned).
    private readonly ConcurrentBag<(string Destination, string Source, byte[] Html, ulong[] Anchors)> _reused = [];

    /// <param name="fullPath">A source path's full path, to find a broken link's line in it (<see cref="LinkSource"/>); without it, errors name the file alone.</param>
    /// <param name="previous">The previous build's site, in a rebuild that takes pages of it as they are (<see cref="AddScanned"/>).</param>
    public LinkIndex(string basePath, IEnumerable<string> files, DiagnosticBag diagnostics, Func<string, string>? fullPath = null, MemorySite? previous = null)
    {
        _basePath = basePath;
        _diagnostics = diagnostics;
        _fullPath = fullPath;
        _files = new HashSet<string>(files, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _pages = Pipeline.SizedDictionary.Of<string, IReadOnlySet<ulong>>(_files.Set.Count, StringComparer.Ordinal);
        _previous = previous;
        if (previous is not null) _gone.UnionWith(previous.Files.Where(file => !_files.Contains(file)));
    }

    /// <summary>
    /// Scans one written page: records its ids and checks or remembers its links. With <paramref name="record"/>,
    /// returns what the scan found, so that a later build which takes the page as it is need not scan it again.
    /// </summary>
    public ScannedLinks? AddPage(string destination, string source, ReadOnlySpan<byte> html, bool record = false)
    {
        var page = new PageVisitor(this, destination, source, record);
        HtmlLinkScanner.Scan(html, page);
        foreach (var (key, wanted) in page.OwnAnchors)
        {
            if (!page.Ids.Contains(key)) Remember(key, wanted);
        }
        _pages[destination] = page.Ids;
        if (_previous?.LinksOf(destination) is { } before)
        {
            foreach (var id in before.Ids)
            {
                if (!page.Ids.Contains(id)) _lost.TryAdd(id, 0);
            }
        }
        return record ? new ScannedLinks(page.Ids, [.. page.Targets!], [.. page.Anchors!]) : null;
    }

    /// <summary>
    /// A page of the previous build (the one this index was made with) taken as it is, by what its scan found: its
    /// ids count again, and its links, all good in that build, are checked only where this build can have broken them:
    /// a page or file it links to that is gone, an id it names that a page rendered again no longer has. False when a
    /// page it links to is gone: then the caller scans it (<see cref="AddPage"/>), which says which link.
    /// </summary>
    public bool AddScanned(string destination, string source, byte[] html, ScannedLinks links)
    {
        if (_previous is null) throw new InvalidOperationException("a page is taken as it was only from the build this index was made with");
        if (_gone.Count > 0 && links.Targets.Any(_gone.Contains)) return false;
        _pages[destination] = links.Ids;
        _reused.Add((destination, source, html, links.Anchors));
        return true;
    }

    /// <summary>After every page is written: each remembered #anchor must exist on its page.</summary>
    public void ReportMissingAnchors()
    {
        // A reused page naming an id that is gone is scanned again, now that every id is known, to say which link.
        if (!_lost.IsEmpty)
        {
            foreach (var (destination, source, html, anchors) in _reused)
            {
                if (anchors.Any(_lost.ContainsKey)) AddPage(destination, source, html);
            }
        }
        foreach (var wanted in _wanted.Values)
        {
            if (!_pages.TryGetValue(wanted.Target, out var ids)) continue; // a fragment on a non-HTML file is the file's business
            if (ids.Contains(Key(PageSeed(wanted.Target), wanted.Fragment))) continue;
            Report(wanted.Source, wanted.Page, wanted.Reference, DiagnosticCodes.BrokenAnchor,
                $"link '{wanted.Reference}' names anchor '#{wanted.Fragment}', which {PublicUrl(_basePath + wanted.Target)} does not have");
        }
    }

    private void Check(ReadOnlySpan<char> reference, PageVisitor page)
    {
        if (reference.IsEmpty)
        {
            Report(page.Source, page.Destination, "", DiagnosticCodes.BrokenLink, "a link has an empty address");
            return;
        }
        if (reference.StartsWith("//") || (reference[0] is not ('/' or '#') && HasScheme(reference))) return; // external: not ours to check
        if (reference[0] == '#')
        {
            Want(page.Destination, page.Seed, reference[1..], reference, page);
            return;
        }
        if (reference[0] != '/' || reference.Contains("/.", StringComparison.Ordinal) || reference.ContainsAny('%', '?'))
        {
            CheckResolved(reference.ToString(), page);
            return;
        }
        var hash = reference.IndexOf('#');
        var path = hash < 0 ? reference : reference[..hash];
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            Report(page.Source, page.Destination, reference.ToString(), DiagnosticCodes.BrokenLink, $"link '{reference}' points outside the site's base path {_basePath}");
            return;
        }
        if (Target(path[_basePath.Length..]) is not { } target)
        {
            Report(page.Source, page.Destination, reference.ToString(), DiagnosticCodes.BrokenLink, $"link '{reference}' leads to no page or file of this site");
            return;
        }
        page.Targets?.Add(target);
        if (hash >= 0) Want(target, PageSeed(target), reference[(hash + 1)..], reference, page);
    }

    // The destination a path under the base path names ("topics/x/" is "topics/x/index.html"), as
    // the set's own string, or null when the build makes no such file.
    private string? Target(ReadOnlySpan<char> relative)
    {
        if (relative.Length > 0 && relative[^1] != '/') return _files.TryGetValue(relative, out var file) ? file : null;
        const string Index = "index.html";
        Span<char> buffer = relative.Length + Index.Length <= MaxStackPath ? stackalloc char[relative.Length + Index.Length] : new char[relative.Length + Index.Length];
        relative.CopyTo(buffer);
        Index.CopyTo(buffer[relative.Length..]);
        return _files.TryGetValue(buffer, out var page) ? page : null;
    }

    // Links the fast path does not take (relative, with dot segments, escapes or a query) go through Uri.
    private void CheckResolved(string reference, PageVisitor page)
    {
        var resolved = new Uri(new Uri(_origin, page.Url), reference);
        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            Report(page.Source, page.Destination, reference.ToString(), DiagnosticCodes.BrokenLink, $"link '{reference}' points outside the site's base path {_basePath}");
            return;
        }
        if (Target(path.AsSpan(_basePath.Length)) is not { } target)
        {
            Report(page.Source, page.Destination, reference.ToString(), DiagnosticCodes.BrokenLink, $"link '{reference}' leads to no page or file of this site");
            return;
        }
        page.Targets?.Add(target);
        if (resolved.Fragment.Length > 1) Want(target, PageSeed(target), Uri.UnescapeDataString(resolved.Fragment[1..]), reference, page);
    }

    // `target` must have the id `fragment`: settled now when the target page has been scanned and
    // has it, else remembered once per (target, fragment), naming the first page in URL order.
    private void Want(string target, long targetSeed, ReadOnlySpan<char> fragment, ReadOnlySpan<char> reference, PageVisitor page)
    {
        if (fragment.IsEmpty || fragment.StartsWith(":~:")) return; // "#" is the top of the page; text fragments are the browser's
        var key = Key(targetSeed, fragment);
        page.Anchors?.Add(key);
        // Settled at once where it can be, before anything is remembered: nearly every link to another page's anchor names a
        // page already scanned (see SitePipelines' write order), and a link to this page's own anchor mostly follows the id
        // it names (a turn's permalink follows the turn's id).
        if (target == page.Destination ? page.Ids.Contains(key) : _pages.TryGetValue(target, out var ids) && ids.Contains(key)) return;
        if (_wanted.TryGetValue(key, out var known) && string.CompareOrdinal(known.Page, page.Destination) <= 0) return;
        var wanted = new AnchorReference(target, fragment.ToString(), reference.ToString(), page.Destination, page.Source);
        if (target == page.Destination) page.OwnAnchors.Add((key, wanted)); // the page's own ids are known when its scan ends
        else Remember(key, wanted);
    }

    private void Remember(ulong key, AnchorReference wanted) =>
        _wanted.AddOrUpdate(key, static (_, wanted) => wanted, static (_, existing, wanted) => string.CompareOrdinal(existing.Page, wanted.Page) <= 0 ? existing : wanted, wanted);

    private void Report(string source, string destination, string reference, string code, string message)
    {
        var at = source.Length > 0 ? LinkSource.Locate(source, _fullPath?.Invoke(source), reference, _basePath) : SourceLocation.File("output/" + destination);
        _diagnostics.Error(at, code, $"page {PublicUrl(_basePath + destination)}: {message}");
    }

    // "page#id" as one 64-bit key, without building the string or a hasher object (a large build has
    // hundreds of thousands of ids): the page's hash seeds the id's.
    private static ulong Key(long pageSeed, ReadOnlySpan<char> id) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(id), pageSeed);

    private static long PageSeed(string page) => unchecked((long)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(page.AsSpan())));

    private static bool HasScheme(ReadOnlySpan<char> reference)
    {
        var colon = reference.IndexOf(':');
        var slash = reference.IndexOfAny('/', '?', '#');
        return colon > 0 && (slash < 0 || colon < slash);
    }

    private static string PublicUrl(string url) => url.EndsWith("/index.html", StringComparison.Ordinal) ? url[..^"index.html".Length] : url;

    private sealed class PageVisitor(LinkIndex index, string destination, string source, bool record) : IHtmlLinkVisitor
    {
        public string Destination { get; } = destination;

        public string Source { get; } = source;

        public string Url { get; } = index._basePath + destination;

        public long Seed { get; } = PageSeed(destination);

        public HashSet<ulong> Ids { get; } = [];

        /// <summary>When recording: the pages and files its links lead to, and the (page, #anchor) keys they name.</summary>
        public HashSet<string>? Targets { get; } = record ? new(StringComparer.Ordinal) : null;

        public HashSet<ulong>? Anchors { get; } = record ? [] : null;

        /// <summary>Links to this page's own anchors, settled when its scan ends.</summary>
        public List<(ulong Key, AnchorReference Wanted)> OwnAnchors { get; } = [];

        public void Id(ReadOnlySpan<char> id) => Ids.Add(Key(Seed, id));

        public void Reference(ReadOnlySpan<char> reference) => index.Check(reference, this);
    }

    private sealed record AnchorReference(string Target, string Fragment, string Reference, string Page, string Source);
}

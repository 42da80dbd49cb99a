using System.Collections.Concurrent;

namespace StaticSite.Output;

/// <summary>
/// A whole site held in memory instead of written (<see cref="Pipeline.BuildOptions.InMemory"/>): the preview
/// serves it, and its next rebuild takes from it the pages an edit cannot have changed, with what their link
/// scan found. Filled by one build, then only read; a failed build's site is never handed out.
/// </summary>
public sealed class MemorySite
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _files;
    private readonly ConcurrentDictionary<string, ScannedLinks> _links;
    private readonly ConcurrentDictionary<string, ulong> _fingerprints;
    private readonly ConcurrentBag<string> _rendered = [];
    // Folders whose files are planned when one of them is first asked for (PlanWhenAskedFor), by folder ("search-index/").
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, Lazy<byte[]>>>> _folders = new(StringComparer.Ordinal);

    /// <param name="capacity">How many files the build will add: every core adds them at once.</param>
    public MemorySite(int capacity = 0)
    {
        _files = Pipeline.SizedDictionary.Of<string, Lazy<byte[]>>(capacity, StringComparer.Ordinal);
        _links = Pipeline.SizedDictionary.Of<string, ScannedLinks>(capacity, StringComparer.Ordinal);
        _fingerprints = Pipeline.SizedDictionary.Of<string, ulong>(capacity, StringComparer.Ordinal);
    }

    /// <summary>The number of files, pages and assets alike (planning any folder that waited to be asked for).</summary>
    public int Count => _files.Count + _folders.Values.Sum(f => f.Value.Count);

    /// <summary>Destinations (e.g. "topics/money/index.html") in ordinal order (planning any folder that waited to be asked for).</summary>
    public IEnumerable<string> Destinations => _files.Keys.Concat(_folders.Values.SelectMany(f => f.Value.Keys)).Order(StringComparer.Ordinal);

    /// <summary>Files this build made rather than took from the previous one (or copied, as assets are), in ordinal order.</summary>
    public IReadOnlyList<string> Rendered => [.. _rendered.Order(StringComparer.Ordinal)];

    /// <summary>The file's bytes at <paramref name="destination"/> (made now if it waited to be asked for), or null when the site has no such file.</summary>
    public byte[]? Find(string destination)
    {
        if (_files.TryGetValue(destination, out var file)) return file.Value;
        foreach (var (folder, files) in _folders)
        {
            if (destination.StartsWith(folder, StringComparison.Ordinal)) return files.Value.TryGetValue(destination, out var planned) ? planned.Value : null;
        }
        return null;
    }

    internal ScannedLinks? LinksOf(string destination) => _links.GetValueOrDefault(destination);

    /// <summary>Its files' destinations, in no order, without planning a folder that waits to be asked for (no page links into one).</summary>
    internal IEnumerable<string> Files => _files.Keys;

    /// <summary>The page's fingerprint (Rendering/PageFingerprint) when it was made, if it has one.</summary>
    internal ulong? FingerprintOf(string destination) => _fingerprints.TryGetValue(destination, out var fingerprint) ? fingerprint : null;

    /// <summary>What every page of this site shows of the whole collection (PageFingerprint.SiteWide).</summary>
    internal ulong SiteWide { get; set; }

    /// <summary>The related passages this site's transcript pages show, for the next rebuild to start from.</summary>
    internal Rendering.RelatedPassages? Related { get; set; }

    /// <summary>The hashes of passages this site's pages were fingerprinted with, whose turns' hashes the next rebuild shares.</summary>
    internal Rendering.PassageDigests? Passages { get; set; }

    internal void Add(string destination, byte[] bytes, ScannedLinks? links = null, ulong? fingerprint = null)
    {
        _files[destination] = new Lazy<byte[]>(bytes);
        if (links is not null) _links[destination] = links;
        if (fingerprint is { } value) _fingerprints[destination] = value;
    }

    internal void AddRendered(string destination, byte[] bytes, ScannedLinks? links = null, ulong? fingerprint = null)
    {
        Add(destination, bytes, links, fingerprint);
        _rendered.Add(destination);
    }

    /// <summary>
    /// A file made when first asked for: only files no page links into and no diagnostic comes from (the search
    /// index, the feed, the sitemap), which a save would otherwise make again whether or not anyone reads them.
    /// </summary>
    internal void AddLater(string destination, Func<byte[]> make)
    {
        _files[destination] = new Lazy<byte[]>(make, LazyThreadSafetyMode.ExecutionAndPublication);
        _rendered.Add(destination);
    }

    /// <summary>
    /// A folder of such files (the search index), not even planned until one of them is asked for: <paramref name="plan"/>
    /// says each file's destination (under <paramref name="folder"/>) and how to make it. Rendered names the folder.
    /// </summary>
    internal void AddFolderLater(string folder, Func<IEnumerable<(string Destination, Func<byte[]> Make)>> plan)
    {
        _folders[folder] = new(() => plan().ToDictionary(f => f.Destination, f => new Lazy<byte[]>(f.Make, LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _rendered.Add(folder);
    }
}

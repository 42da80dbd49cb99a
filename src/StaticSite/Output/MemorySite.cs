using System.Collections.Concurrent;

namespace StaticSite.Output;

/// <summary>
/// A whole site held in memory instead of written (<see cref="Pipeline.BuildOptions.InMemory"/>): the preview
/// serves it, and its next rebuild takes from it the pages an edit cannot have changed. Filled by one
/// build, then only read; a failed build's site is never handed out.
/// </summary>
public sealed class MemorySite
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _rendered = [];

    /// <summary>The number of files, pages and assets alike.</summary>
    public int Count => _files.Count;

    /// <summary>Destinations (e.g. "topics/money/index.html") in ordinal order.</summary>
    public IEnumerable<string> Destinations => _files.Keys.Order(StringComparer.Ordinal);

    /// <summary>Pages this build rendered rather than took from the previous one, in ordinal order.</summary>
    public IReadOnlyList<string> Rendered => [.. _rendered.Order(StringComparer.Ordinal)];

    /// <summary>The file's bytes at <paramref name="destination"/>, or null when the site has no such file.</summary>
    public byte[]? Find(string destination) => _files.GetValueOrDefault(destination);

    internal void Add(string destination, byte[] bytes) => _files[destination] = bytes;

    internal void AddRendered(string destination, byte[] bytes)
    {
        Add(destination, bytes);
        _rendered.Add(destination);
    }
}

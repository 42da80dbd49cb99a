using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticSite.Diagnostics;

namespace StaticSite.Input;

/// <summary>
/// Parsed transcripts and data files kept between the builds of one preview session: a transcript whose text and
/// whose context (data files, base path) have not changed is not parsed again, nor a data file whose text has not,
/// and the diagnostics their parsing reported are reported again. A save of one transcript re-parses one.
/// </summary>
public sealed class ParseCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, (ulong Key, object? Data, IReadOnlyList<Diagnostic> Diagnostics)> _data = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, int> _missesBySource = new(StringComparer.Ordinal);
    private int _hits;

    /// <summary>Transcripts served from the cache since the session started.</summary>
    public int Hits => _hits;

    /// <summary>How often one transcript was parsed anew: a save that the watcher reports twice parses the saved file twice, but never the others.</summary>
    public int MissesOf(string source) => _missesBySource.GetValueOrDefault(source);

    /// <summary>The cached parse of <paramref name="source"/> for this file's <see cref="Key"/> and context, or null.</summary>
    public (ParsedTranscript? Parsed, IReadOnlyList<Diagnostic> Diagnostics)? Find(string source, ulong file, ulong context)
    {
        if (!_entries.TryGetValue(source, out var entry) || entry.File != file || entry.Context != context)
        {
            _missesBySource.AddOrUpdate(source, 1, static (_, count) => count + 1);
            return null;
        }
        Interlocked.Increment(ref _hits);
        return (entry.Parsed, entry.Diagnostics);
    }

    /// <summary>As <see cref="Find"/>, for a hash known without reading the file: a miss is not counted, since the file is then read and looked up again.</summary>
    public (ParsedTranscript? Parsed, IReadOnlyList<Diagnostic> Diagnostics)? FindKnown(string source, ulong file, ulong context)
    {
        if (!_entries.TryGetValue(source, out var entry) || entry.File != file || entry.Context != context) return null;
        Interlocked.Increment(ref _hits);
        return (entry.Parsed, entry.Diagnostics);
    }

    public void Store(string source, ulong file, ulong context, ParsedTranscript? parsed, IReadOnlyList<Diagnostic> diagnostics) =>
        _entries[source] = new Entry(file, context, parsed, diagnostics);

    /// <summary>A data file's parse (site settings or a registry) for this <paramref name="key"/> of its text and context, or null.</summary>
    public (object? Data, IReadOnlyList<Diagnostic> Diagnostics)? FindData(string source, ulong key) =>
        _data.TryGetValue(source, out var entry) && entry.Key == key ? (entry.Data, entry.Diagnostics) : null;

    public void StoreData(string source, ulong key, object? data, IReadOnlyList<Diagnostic> diagnostics) => _data[source] = (key, data, diagnostics);

    /// <summary>
    /// A transcript file's bytes as read, hashed: the same bytes always decode to the same text, so
    /// a hit needs no decoding (bytes that differ but decode alike, as after a BOM or CRLF change, only parse again).
    /// </summary>
    public static ulong Key(ReadOnlySpan<byte> file) => XxHash3.HashToUInt64(file);

    /// <summary>A fingerprint of what a transcript's parse depends on besides its own text.</summary>
    public static ulong Fingerprint(IEnumerable<string> parts)
    {
        var hash = new XxHash3();
        foreach (var part in parts)
        {
            hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
            hash.Append([0]);
        }
        return hash.GetCurrentHashAsUInt64();
    }

    private sealed record Entry(ulong File, ulong Context, ParsedTranscript? Parsed, IReadOnlyList<Diagnostic> Diagnostics);
}

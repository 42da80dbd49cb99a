using System.Collections.Concurrent;
using StaticSite.Model;

namespace StaticSite.Rendering;

/// <summary>
/// Each transcript's file as parsed in this build, hashed (Input/ParseCache.Key), by source: the same hash is the
/// same header and body, so a page that shows a transcript whose hash has not changed shows it as before. Filled
/// by ParseTranscript in builds into memory, for <see cref="PageFingerprint"/>.
/// </summary>
public sealed class TranscriptVersions
{
    private readonly ConcurrentDictionary<string, ulong> _bySource = new(StringComparer.Ordinal);

    public void Set(string source, ulong version) => _bySource[source] = version;

    public ulong Of(Transcript transcript) => _bySource[transcript.Header.Location.Path];

    /// <summary>The transcript's version, or null when this build did not record it.</summary>
    public ulong? Find(Transcript transcript) => _bySource.TryGetValue(transcript.Header.Location.Path, out var version) ? version : null;
}

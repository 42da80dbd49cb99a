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
}

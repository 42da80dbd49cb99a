namespace StaticSite.Pipeline;

/// <summary>
/// What a preview rebuild may reuse from the previous build: pages that depend on none of the
/// changed transcripts are taken from <paramref name="PreviousSite"/> (and scanned for links
/// again) instead of being rendered. Anything else that changed (data files, layouts, pages)
/// makes the session build everything instead.
/// </summary>
/// <param name="ChangedTranscripts">Sources of the transcripts added, edited or removed since the previous build.</param>
/// <param name="PreviousDependencies">What each transcript fed in the previous build (keys such as "topic:talent").</param>
public sealed record IncrementalBuild(
    Output.MemorySite PreviousSite,
    IReadOnlySet<string> ChangedTranscripts,
    IReadOnlyDictionary<string, IReadOnlySet<string>> PreviousDependencies);

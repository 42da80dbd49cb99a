namespace StaticSite.Pipeline;

/// <summary>
/// What a preview rebuild may reuse from the previous build: pages that show nothing of the
/// changed transcripts are taken from <paramref name="PreviousSite"/> (and their link scans with
/// them) instead of being rendered (Output/StalePages). Anything else that changed (data files,
/// layouts, pages) makes the session build everything instead.
/// </summary>
/// <param name="ChangedTranscripts">Sources of the transcripts added, edited or removed since the previous build.</param>
/// <param name="PreviousDependencies">What a transcript fed in the previous build (keys such as "topic:talent"), by source; null when it was not in it.</param>
public sealed record IncrementalBuild(
    Output.MemorySite PreviousSite,
    IReadOnlySet<string> ChangedTranscripts,
    Func<string, IReadOnlySet<string>?> PreviousDependencies);

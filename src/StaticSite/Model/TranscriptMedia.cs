using StaticSite.Diagnostics;

namespace StaticSite.Model;

/// <summary>
/// The recording a transcript is timed against (front matter <c>media:</c>): either an external
/// <paramref name="ExternalUrl"/> or an <paramref name="Asset"/> path under input/assets/.
/// </summary>
/// <param name="Type">Its MIME type: <c>video/…</c> gets a video player, anything else an audio one.</param>
/// <param name="Duration">Its length in seconds, when given: no turn may start after it.</param>
public sealed record TranscriptMedia(
    string? ExternalUrl,
    string? Asset,
    string Type,
    int? Duration,
    SourceLocation Location,
    SourceLocation UrlLocation,
    SourceLocation DurationLocation)
{
    public bool IsVideo => Type.StartsWith("video/", StringComparison.Ordinal);
}

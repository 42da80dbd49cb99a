using StaticSite.Diagnostics;

namespace StaticSite.Model;

/// <summary>
/// A transcript's front matter. <paramref name="SlugLocation"/> is where the slug is set: its `slug:`
/// value, or the front matter's first line when the slug comes from the file name.
/// </summary>
public sealed record TranscriptHeader(
    string Slug,
    string Title,
    DateOnly Date,
    string? Summary,
    string? SourceName,
    string? SourceUrl,
    string? Recorded,
    string? Note,
    IReadOnlyList<TranscriptSpeaker> Speakers,
    SourceLocation Location,
    SourceLocation SlugLocation,
    bool SlugFromFileName,
    TranscriptMedia? Media = null);

/// <summary>A speaker declared in a transcript's front matter, with their role in it and whom they spoke for then.</summary>
public sealed record TranscriptSpeaker(string Id, string? Role, SourceLocation Location, string? Affiliation = null)
{
    public bool IsInterviewer => string.Equals(Role, "interviewer", StringComparison.Ordinal);
}

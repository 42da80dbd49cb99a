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
    TranscriptMedia? Media = null)
{
    /// <summary>Front matter's `kind:` (an id of <see cref="PublicationKinds"/>), checked when linked; null means the default.</summary>
    public string? Kind { get; init; }

    /// <summary>Where `kind:` is set, for the unknown-kind diagnostic.</summary>
    public SourceLocation? KindLocation { get; init; }
}

/// <summary>A speaker declared in a transcript's front matter, with their role in it and whom they spoke for then.</summary>
public sealed record TranscriptSpeaker(string Id, string? Role, SourceLocation Location, string? Affiliation = null)
{
    /// <summary>What the role does in the conversation: asks (and so opens exchanges), moderates, or answers.</summary>
    public SpeakerPart Part => SpeakerRoles.PartOf(Role);

    /// <summary>Asks the questions: each of their turns opens an exchange (an interviewer, a host, a reporter…).</summary>
    public bool IsInterviewer => Part == SpeakerPart.Questioner;

    public bool IsModerator => Part == SpeakerPart.Moderator;
}

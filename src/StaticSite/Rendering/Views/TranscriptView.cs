namespace StaticSite.Rendering.Views;

/// <summary>`transcript` in transcript.liquid.</summary>
public sealed record TranscriptView(
    string Title,
    string Url,
    string DateIso,
    string DateDisplay,
    string? Summary,
    string? SourceName,
    string? SourceUrl,
    string? Recorded,
    string? Note,
    IReadOnlyList<SpeakerLinkView> Speakers,
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<TocView> Toc,
    IReadOnlyList<BodyView> Body,
    MediaView? Media = null,
    TopicStripView? TopicStrip = null,
    IReadOnlyList<SpeakerShareView>? SpeakerShares = null)
{
    /// <summary>Its kind as a label beside the title ("Press conference").</summary>
    public string KindLabel { get; init; } = "";

    /// <summary>Its kind in running text ("press conference").</summary>
    public string KindText { get; init; } = "";

    /// <summary>The search page narrowed to this transcript's passages.</summary>
    public string SearchUrl { get; init; } = "";

    /// <summary>Those who answer, in front-matter order.</summary>
    public IReadOnlyList<SpeakerLinkView> Principals { get; init; } = [];

    /// <summary>Those who chair (role: moderator).</summary>
    public IReadOnlyList<SpeakerLinkView> Moderators { get; init; } = [];

    /// <summary>Those who ask (interviewer, host, reporter, member, questioner).</summary>
    public IReadOnlyList<SpeakerLinkView> Questioners { get; init; } = [];

    /// <summary>"18 reporters" when the questioners are many and shown compactly; empty otherwise.</summary>
    public string QuestionersLabel { get; init; } = "";
}

/// <summary>The recording a timed transcript follows: where it is, its MIME type, whether it is a video, its length, its captions (transcript.vtt) and the script that follows it.</summary>
public sealed record MediaView(string Url, string Type, bool IsVideo, string? Duration, string? DurationIso, string CaptionsUrl, string ScriptUrl);

/// <summary>When a turn starts in the recording: as shown (Display), for datetime (Iso), and in seconds for the player.</summary>
public sealed record TurnTimeView(string Display, string Iso, int Seconds);

/// <summary>A speaker as listed on a transcript: name, link, their role (speakers.yml) and their role in this transcript (front matter).</summary>
public sealed record SpeakerLinkView(string Name, string Url, string? Role, string? TranscriptRole, bool IsInterviewer)
{
    /// <summary>What the participants list shows beside the name: their role in speakers.yml, or their part here.</summary>
    public string? RoleLabel { get; init; }

    /// <summary>Whom they spoke for here (front matter's affiliation: a reporter's outlet).</summary>
    public string? Affiliation { get; init; }
}

/// <summary>
/// One block of a transcript page in reading order. Kind is "editorial" (Html, Notes), "heading"
/// (Level, Title, Html, Anchor), "break", "moderator" (Turns: a moderator's one turn, outside every exchange),
/// or "exchange" (Topics, Turns, Related): a run of turns of one
/// exchange; Related (its question in other interviews that share its topics or terms) is on its last run.
/// </summary>
public sealed record BodyView(
    string Kind,
    string? Html = null,
    int Level = 0,
    string? Title = null,
    string? Anchor = null,
    IReadOnlyList<LinkView>? Topics = null,
    IReadOnlyList<TurnView>? Turns = null,
    IReadOnlyList<NoteView>? Notes = null,
    IReadOnlyList<PassageView>? Related = null);

/// <summary>One turn on its transcript page.</summary>
public sealed record TurnView(
    string Anchor,
    string SpeakerId,
    string SpeakerName,
    string SpeakerUrl,
    bool IsInterviewer,
    Utf8Html Html,
    IReadOnlyList<NoteView> Notes,
    TurnTimeView? Time = null)
{
    /// <summary>A moderator's turn, shown lighter and outside every exchange.</summary>
    public bool IsModerator { get; init; }
}

namespace StaticSite.Model;

/// <summary>
/// The roles front matter knows. Questioners open exchanges (an interview's interviewer, a podcast's host, a
/// press conference's reporters, a hearing's members); a moderator chairs; everyone else answers. A role
/// not listed here is kept and shown as written, and answers.
/// </summary>
public static class SpeakerRoles
{
    private static readonly SpeakerRole[] _all =
    [
        new("interviewer", SpeakerPart.Questioner, "interviewer", "interviewers"),
        new("host", SpeakerPart.Questioner, "host", "hosts"),
        new("reporter", SpeakerPart.Questioner, "reporter", "reporters"),
        new("member", SpeakerPart.Questioner, "member", "members"),
        new("questioner", SpeakerPart.Questioner, "questioner", "questioners"),
        new("moderator", SpeakerPart.Moderator, "moderator", "moderators"),
        new("interviewee", SpeakerPart.Principal, "interviewee", "interviewees"),
        new("guest", SpeakerPart.Principal, "guest", "guests"),
        new("panelist", SpeakerPart.Principal, "panelist", "panelists"),
        new("witness", SpeakerPart.Principal, "witness", "witnesses"),
        new("speaker", SpeakerPart.Principal, "speaker", "speakers"),
        new("official", SpeakerPart.Principal, "official", "officials"),
    ];

    private static readonly Dictionary<string, SpeakerRole> _byName = _all.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => _all.Select(r => r.Name);

    /// <summary>What the roles do, for messages.</summary>
    public const string Explain = "'interviewer', 'host', 'reporter', 'member' and 'questioner' open exchanges; 'moderator' opens and joins none";

    public static SpeakerRole? Find(string name) => _byName.GetValueOrDefault(name);

    public static SpeakerPart PartOf(string? role) => role is not null && Find(role) is { } known ? known.Part : SpeakerPart.Principal;
}

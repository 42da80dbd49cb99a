using StaticSite.Model;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// A transcript's participants in the order a reader wants them: those who answer first, then the moderators,
/// then those who ask, who past a handful are listed compactly ("18 reporters") so that a crowded event's
/// header still leaves the first screen to the text.
/// </summary>
internal static class Participants
{
    /// <summary>More questioners than this are shown in the compact form.</summary>
    public const int CompactAbove = 3;

    public static TranscriptView Arrange(TranscriptView view, TranscriptHeader header, ViewFactory views)
    {
        var declared = header.Speakers.Where(s => views.Model.Registries.Speakers.ContainsKey(s.Id))
            .Select(s => (Entry: s, Speaker: views.Model.Registries.Speakers[s.Id])).ToList();
        List<SpeakerLinkView> Of(SpeakerPart part) =>
            [.. declared.Where(p => p.Entry.Part == part).Select(p => new SpeakerLinkView(p.Speaker.Name, views.SpeakerUrl(p.Speaker), p.Speaker.Role, p.Entry.Role, p.Entry.IsInterviewer)
            {
                RoleLabel = RoleLabel(p.Entry, p.Speaker),
                Affiliation = p.Entry.Affiliation,
            })];
        var questioners = Of(SpeakerPart.Questioner);
        var compact = questioners.Count > CompactAbove;
        return view with
        {
            Principals = Of(SpeakerPart.Principal),
            Moderators = Of(SpeakerPart.Moderator),
            Questioners = questioners,
            QuestionersLabel = compact ? QuestionersLabel(declared.Where(p => p.Entry.IsInterviewer).Select(p => p.Entry.Role!).ToList()) : "",
        };
    }

    // A moderator is named as one beside any role speakers.yml gives them; others show their role there, else their part here.
    private static string? RoleLabel(TranscriptSpeaker entry, Speaker speaker) => entry.Part switch
    {
        SpeakerPart.Moderator => speaker.Role is { } role ? $"{role} (moderator)" : SpeakerRoles.Find(entry.Role!)!.Singular,
        SpeakerPart.Questioner => speaker.Role ?? SpeakerRoles.Find(entry.Role!)!.Singular,
        _ => speaker.Role,
    };

    // "18 reporters" when all share a role, else "18 questioners".
    private static string QuestionersLabel(List<string> roles)
    {
        var shared = roles.Distinct(StringComparer.Ordinal).Count() == 1 ? SpeakerRoles.Find(roles[0])! : SpeakerRoles.Find("questioner")!;
        return $"{roles.Count} {shared.Plural}";
    }
}

namespace StaticSite.Model;

/// <summary>What a speaker's role does in a conversation, which decides how their turns group into exchanges.</summary>
public enum SpeakerPart
{
    /// <summary>Answers (a guest, an official, a witness); also any speaker without a role.</summary>
    Principal,

    /// <summary>Chairs: calls on others and hands over; their turns stand outside every exchange.</summary>
    Moderator,

    /// <summary>Asks: each of their turns opens an exchange.</summary>
    Questioner,
}

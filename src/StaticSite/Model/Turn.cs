using StaticSite.Markdown;

namespace StaticSite.Model;

/// <summary>A turn in the linked model: its parsed content, who spoke, and which exchange it belongs to.</summary>
public sealed class Turn(Transcript transcript, TurnItem item, Speaker speaker, bool isInterviewer, bool isModerator = false)
{
    public Transcript Transcript { get; } = transcript;

    public TurnItem Item { get; } = item;

    public Speaker Speaker { get; } = speaker;

    public bool IsInterviewer { get; } = isInterviewer;

    /// <summary>A moderator's turn: shown, but in no exchange, under no topic, and no passage of its own.</summary>
    public bool IsModerator { get; } = isModerator;

    /// <summary>The turn's URL with its anchor; made when asked for, since kept for every turn of a large site it was tens of megabytes.</summary>
    public string Url => SiteUrls.WithAnchor(Transcript.Url, Item.Anchor);

    /// <summary>The exchange it belongs to; null for a moderator's turn.</summary>
    public Exchange? Exchange { get; set; }
}

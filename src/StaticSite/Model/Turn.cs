using StaticSite.Markdown;

namespace StaticSite.Model;

/// <summary>A turn in the linked model: its parsed content, who spoke, and which exchange it belongs to.</summary>
public sealed class Turn(Transcript transcript, TurnItem item, Speaker speaker, bool isInterviewer, string url)
{
    public Transcript Transcript { get; } = transcript;

    public TurnItem Item { get; } = item;

    public Speaker Speaker { get; } = speaker;

    public bool IsInterviewer { get; } = isInterviewer;

    /// <summary>The turn's URL with its anchor.</summary>
    public string Url { get; } = url;

    public Exchange Exchange { get; set; } = null!;
}

using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.Turns;

/// <summary>
/// The <c>@speaker 12:05 #topic {#anchor}:</c> that opens a turn. Renders as nothing: the theme shows the
/// speaker's name from speakers.yml instead of the label as typed.
/// </summary>
internal sealed class TurnLabelInline : LeafInline, IFeatureInline
{
    public bool IsGlossaryLinked => false;

    /// <summary>Not read: the label is data for the template, and the anchor starts with the speaker already.</summary>
    public void AppendPlainText(CollapsedText text)
    {
    }

    public required string Speaker { get; init; }

    /// <summary>Source offset of the '@'.</summary>
    public required int Offset { get; init; }

    /// <summary>When the turn starts in the recording, in seconds (<c>@speaker 12:05:</c>); null when the label has no time or a malformed one.</summary>
    public int? Time { get; init; }

    /// <summary>Source offset of the time as written (the '@' when there is none).</summary>
    public int TimeOffset { get; init; }

    public required IReadOnlyList<LabelPart> Topics { get; init; }

    public LabelPart? Anchor { get; init; }

    public required IReadOnlyList<LabelProblem> Problems { get; init; }
}

namespace StaticSite.Rendering.Views;

/// <summary>
/// `transcript.topic_strip`: one row per topic of the transcript, marking where its exchanges fall, by
/// position in the words or, for a timed transcript, in the recording (Axis "words" or "time").
/// Positions and widths are percentages of the strip, written as invariant text for SVG attributes.
/// </summary>
public sealed record TopicStripView(string Axis, string? End, IReadOnlyList<StripRowView> Rows);

/// <summary>One topic's row of the strip: the topic, and a mark per exchange filed under it.</summary>
public sealed record StripRowView(string Title, string Url, int Count, IReadOnlyList<StripMarkView> Marks);

/// <summary>One exchange on the strip: where it starts and how much of the interview it takes, its link and label.</summary>
public sealed record StripMarkView(string X, string Width, string Url, string Label, int Number, string? Time);

/// <summary>`transcript.speaker_shares`: each speaker's words, as a bar segment (X, Width in percent) and as text.</summary>
public sealed record SpeakerShareView(string Name, string Url, int Words, int Percent, string X, string Width, int Index);

/// <summary>`topic_grid` on the topics index: topics down, interviews across, a cell per pair.</summary>
public sealed record TopicGridView(IReadOnlyList<LinkView> Interviews, IReadOnlyList<TopicGridRowView> Rows);

/// <summary>One topic's row: its cells in the interviews' order.</summary>
public sealed record TopicGridRowView(string Title, string Url, IReadOnlyList<TopicGridCellView> Cells);

/// <summary>
/// A topic in one interview: Count exchanges, linked to the topic page's passages from that interview
/// (Url is null when there are none); Radius is the dot's, out of 10, growing with the count.
/// </summary>
public sealed record TopicGridCellView(int Count, string? Url, string Radius, string Label);

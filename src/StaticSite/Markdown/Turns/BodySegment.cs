using Markdig.Syntax;

namespace StaticSite.Markdown.Turns;

/// <summary>Top-level blocks that become one body item; <see cref="Label"/> is set for turns.</summary>
internal sealed record BodySegment(SegmentKind Kind, List<Block> Blocks, TurnLabelInline? Label = null);

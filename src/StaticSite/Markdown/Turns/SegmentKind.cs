namespace StaticSite.Markdown.Turns;

/// <summary>What a run of top-level blocks of a transcript is.</summary>
internal enum SegmentKind
{
    Editorial,
    Turn,
    Heading,
    Break,
}

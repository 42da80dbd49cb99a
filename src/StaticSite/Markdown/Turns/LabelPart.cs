namespace StaticSite.Markdown.Turns;

/// <summary>One token of a turn label (topic or anchor) and the source offset of its first character.</summary>
internal sealed record LabelPart(string Id, int Offset);

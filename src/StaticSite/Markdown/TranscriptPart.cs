using Markdig.Syntax;

namespace StaticSite.Markdown;

/// <summary>A turn or an editorial item while it is assembled: its blocks, and what the features found in them.</summary>
/// <param name="Name">Unique in the transcript (a turn's anchor, <c>intro</c>, <c>ed-2</c>): features name what they add after it.</param>
internal sealed class TranscriptPart(List<Block> blocks, string name)
{
    public List<Block> Blocks { get; } = blocks;

    public string Name { get; } = name;

    /// <summary>The margin notes the part references, in order of reference.</summary>
    public IReadOnlyList<MarginNote> Notes { get; set; } = [];

    /// <summary>Plain text of each highlight, in order (turns only show them).</summary>
    public IReadOnlyList<string> Highlights { get; set; } = [];

    /// <summary>Ids of the glossary terms linked in the part, in first-occurrence order.</summary>
    public IReadOnlyList<string> TermIds { get; set; } = [];
}

using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown;

/// <summary>
/// Every inline under some blocks, in document order. Markdig's Descendants() does not enter the
/// inlines of a leaf block it starts from, and a turn is a list of blocks, not a document.
/// </summary>
internal static class InlineWalk
{
    public static IEnumerable<Inline> Of(IEnumerable<Block> blocks) => blocks.SelectMany(Of);

    private static IEnumerable<Inline> Of(Block block) => block switch
    {
        LeafBlock { Inline: { } root } => Of(root),
        ContainerBlock container => container.SelectMany(Of),
        _ => [],
    };

    private static IEnumerable<Inline> Of(ContainerInline container)
    {
        foreach (var child in container)
        {
            yield return child;
            if (child is ContainerInline inner)
            {
                foreach (var descendant in Of(inner))
                {
                    yield return descendant;
                }
            }
        }
    }
}

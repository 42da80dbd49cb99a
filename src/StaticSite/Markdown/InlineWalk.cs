using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown;

/// <summary>
/// The inlines of one kind under some blocks, in document order. Markdig's Descendants() does not
/// enter the inlines of a leaf block it starts from, and a turn is a list of blocks, not a document.
/// </summary>
/// <remarks>
/// Plain recursion into one list: the nested iterators this replaced allocated one per container
/// inline and re-yielded every inline once per level, twice per turn.
/// </remarks>
internal static class InlineWalk
{
    public static List<T> OfType<T>(IEnumerable<Block> blocks) where T : Inline
    {
        var found = new List<T>();
        foreach (var block in blocks)
        {
            Collect(block, found);
        }
        return found;
    }

    private static void Collect<T>(Block block, List<T> found) where T : Inline
    {
        switch (block)
        {
            case LeafBlock { Inline: { } root }:
                Collect(root, found);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Collect(child, found);
                }
                break;
        }
    }

    private static void Collect<T>(ContainerInline container, List<T> found) where T : Inline
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is T match)
            {
                found.Add(match);
            }
            if (child is ContainerInline inner)
            {
                Collect(inner, found);
            }
        }
    }
}

using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown;

/// <summary>
/// The words of parsed Markdown without markup: for excerpts, anchors and meta descriptions. Raw
/// HTML and footnotes are left out; each of our own inlines reads as it declares
/// (<see cref="IFeatureInline.AppendPlainText"/>), and any other container as its children.
/// </summary>
internal static class PlainText
{
    public static string Of(IEnumerable<Block> blocks)
    {
        using var text = Collect(blocks);
        return text.ToString();
    }

    /// <summary>The same text as <see cref="Of(IEnumerable{Block})"/>, as UTF-8 into a transcript's bytes: a turn keeps its text so, and the string is never made.</summary>
    public static Range Utf8(IEnumerable<Block> blocks, TurnBytes into)
    {
        using var text = Collect(blocks);
        return into.Append(text.Chars);
    }

    public static string Of(Inline inline)
    {
        using var text = new CollapsedText(0);
        Append(text, inline);
        return text.ToString();
    }

    private static CollapsedText Collect(IEnumerable<Block> blocks)
    {
        // Sized from the source once, so the pooled buffer seldom has to grow: the words are rarely longer than their Markdown.
        var text = new CollapsedText(blocks.Sum(b => Math.Max(b.Span.Length, 0) + 1));
        foreach (var block in blocks)
        {
            Append(text, block);
        }
        return text;
    }

    private static void Append(CollapsedText text, Block block)
    {
        switch (block)
        {
            case HtmlBlock or FootnoteGroup or LinkReferenceDefinitionGroup:
                return;
            case CodeBlock code:
                text.Append(' ');
                text.Append(code.Lines.ToString());
                text.Append(' ');
                return;
            case LeafBlock { Inline: { } inline }:
                Append(text, inline);
                text.Append(' ');
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(text, child);
                }
                return;
        }
    }

    private static void Append(CollapsedText text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case IFeatureInline feature:
                feature.AppendPlainText(text);
                break;
            case ContainerInline container:
                AppendChildren(text, container);
                break;
        }
    }

    /// <summary>Appends the words of a container's children, as a container of ours does for its content.</summary>
    public static void AppendChildren(CollapsedText text, ContainerInline container)
    {
        foreach (var child in container)
        {
            Append(text, child);
        }
    }
}

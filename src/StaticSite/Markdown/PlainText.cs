using System.Buffers;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Markdown.Glossary;
using StaticSite.Markdown.Insertions;
using StaticSite.Markdown.Notes;
using StaticSite.Markdown.Turns;
using StaticSite.Markdown.WikiLinks;

namespace StaticSite.Markdown;

/// <summary>
/// The words of parsed Markdown without markup: for excerpts, anchors and meta descriptions. Labels,
/// note numbers and raw HTML are left out; insertions keep their brackets, since they are part of
/// what the reader sees.
/// </summary>
internal static class PlainText
{
    public static string Of(IEnumerable<Block> blocks)
    {
        // Sized from the source once: grown from empty, the builder allocated about twice the text in chunks.
        var text = new StringBuilder(blocks.Sum(b => Math.Max(b.Span.Length, 0) + 1));
        foreach (var block in blocks)
        {
            Append(text, block);
        }
        return Collapse(text);
    }

    public static string Of(Inline inline)
    {
        var text = new StringBuilder();
        Append(text, inline);
        return Collapse(text);
    }

    private static void Append(StringBuilder text, Block block)
    {
        switch (block)
        {
            case HtmlBlock or FootnoteGroup or LinkReferenceDefinitionGroup:
                return;
            case CodeBlock code:
                text.Append(' ').Append(code.Lines.ToString()).Append(' ');
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

    private static void Append(StringBuilder text, Inline inline)
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
            case TermReferenceInline term:
                text.Append(term.Text);
                break;
            case WikiLinkInline wiki:
                text.Append(wiki.ShownText ?? wiki.Id);
                break;
            case InsertionInline insertion:
                text.Append('[');
                AppendChildren(text, insertion);
                text.Append(']');
                break;
            case ContainerInline container:
                AppendChildren(text, container);
                break;
            case NoteReferenceInline or FootnoteLink or TurnLabelInline or HtmlInline:
                break;
        }
    }

    private static void AppendChildren(StringBuilder text, ContainerInline container)
    {
        foreach (var child in container)
        {
            Append(text, child);
        }
    }

    /// <summary>Whitespace runs become one space, none at either end (what splitting into words and joining them gives).</summary>
    // One pass over the builder's chunks: splitting and joining allocated a string per word, ~13% of transcript parse time.
    private static string Collapse(StringBuilder text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var length = 0;
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }
                buffer[length++] = c;
            }
        }
        var collapsed = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return collapsed;
    }
}

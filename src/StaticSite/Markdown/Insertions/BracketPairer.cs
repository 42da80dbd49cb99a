using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Diagnostics;

namespace StaticSite.Markdown.Insertions;

/// <summary>
/// Pairs the square brackets Markdig left as text (not a link, footnote, wiki link or escaped
/// bracket) within one inline container. <c>[^label]</c> left as text is a footnote reference with no
/// definition; any other pair becomes an <see cref="InsertionInline"/> when insertions are on.
/// </summary>
internal sealed class BracketPairer(bool wrapInsertions)
{
    private readonly HashSet<LiteralInline> _brackets = [];

    public void Apply(MarkdownDocument document, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var leaf in document.Descendants().OfType<LeafBlock>().ToList())
        {
            if (leaf is not CodeBlock && leaf.Inline is { } inline)
            {
                Visit(inline, map, diagnostics);
            }
        }
    }

    private void Visit(ContainerInline container, SourceMap map, DiagnosticBag diagnostics)
    {
        // Both passes walk the sibling links instead of copied lists (a list per container was most
        // of what this step allocated): splitting or pairing only changes nodes up to
        // the current one, so the next sibling taken beforehand stays valid.
        for (var child = container.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            if (child is ContainerInline inner and not LinkInline)
            {
                Visit(inner, map, diagnostics);
            }
            else if (child is LiteralInline literal)
            {
                Isolate(literal);
            }
            child = next;
        }
        Stack<LiteralInline>? open = null;
        for (var child = container.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            if (child is LiteralInline literal && _brackets.Contains(literal))
            {
                if (literal.Content.CurrentChar == '[')
                {
                    (open ??= new()).Push(literal);
                }
                else if (open is { Count: > 0 })
                {
                    Pair(open.Pop(), literal, map, diagnostics);
                }
            }
            child = next;
        }
    }

    private void Pair(LiteralInline open, LiteralInline close, SourceMap map, DiagnosticBag diagnostics)
    {
        if (open.NextSibling == close)
        {
            return;
        }
        if (open.NextSibling is LiteralInline { Content.CurrentChar: '^' } label)
        {
            diagnostics.Warning(map.Locate(open.Span.Start), DiagnosticCodes.MissingFootnote,
                $"footnote '[{label.Content}]' has no definition; add a line '[{label.Content}]: text' or remove the reference");
            return;
        }
        if (!wrapInsertions)
        {
            return;
        }
        var insertion = new InsertionInline { Span = new SourceSpan(open.Span.Start, close.Span.End) };
        open.InsertAfter(insertion);
        while (insertion.NextSibling is { } next && next != close)
        {
            next.Remove();
            insertion.AppendChild(next);
        }
        open.Remove();
        close.Remove();
    }

    /// <summary>Splits a literal so that each unescaped bracket is a literal of its own.</summary>
    private void Isolate(LiteralInline literal)
    {
        // Read in place: copying every literal to a string cost a copy of the whole transcript.
        var text = literal.Content.AsSpan();
        var first = literal.IsFirstCharacterEscaped ? 1 : 0;
        if (text is "[" or "]" && first == 0)
        {
            _brackets.Add(literal);
            return;
        }
        if (text[Math.Min(first, text.Length)..].IndexOfAny('[', ']') < 0)
        {
            return;
        }
        var start = 0;
        for (var i = first; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('[' or ']'))
            {
                continue;
            }
            if (i > start)
            {
                literal.InsertBefore(Piece(literal, start, i - start));
            }
            if (i < text.Length)
            {
                var bracket = Piece(literal, i, 1);
                _brackets.Add(bracket);
                literal.InsertBefore(bracket);
            }
            start = i + 1;
        }
        literal.Remove();
    }

    private static LiteralInline Piece(LiteralInline original, int start, int length)
    {
        // An escaped literal's span starts at its backslash, one character before its content.
        var at = original.Span.Start + start + (start > 0 && original.IsFirstCharacterEscaped ? 1 : 0);
        var from = original.Content.Start + start;
        return new LiteralInline
        {
            Content = new StringSlice(original.Content.Text, from, from + length - 1),
            Span = new SourceSpan(at, at + length - 1),
            IsFirstCharacterEscaped = start == 0 && original.IsFirstCharacterEscaped,
        };
    }
}

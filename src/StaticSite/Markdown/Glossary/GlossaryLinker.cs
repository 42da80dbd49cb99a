using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Markdown.Turns;

namespace StaticSite.Markdown.Glossary;

/// <summary>
/// Links the first occurrence of each term in a scope by splitting literal text around it. Only
/// literals are searched, and link, code and label inlines are not entered, so nothing is linked
/// inside links, code or labels; headings and code blocks are skipped as blocks.
/// </summary>
internal sealed class GlossaryLinker(GlossaryMatcher matcher)
{
    public void Link(IEnumerable<Block> blocks, GlossaryScope scope)
    {
        foreach (var block in blocks)
        {
            Visit(block, scope);
        }
    }

    private void Visit(Block block, GlossaryScope scope)
    {
        switch (block)
        {
            case HeadingBlock or CodeBlock or HtmlBlock:
                return;
            case LeafBlock { Inline: { } inline }:
                Visit(inline, scope);
                return;
            case ContainerBlock container:
                foreach (var child in container.ToList())
                {
                    Visit(child, scope);
                }
                return;
        }
    }

    private void Visit(ContainerInline container, GlossaryScope scope)
    {
        foreach (var inline in container.ToList())
        {
            switch (inline)
            {
                case TermReferenceInline reference:
                    scope.Claim(reference);
                    break;
                case LiteralInline literal:
                    Split(literal, scope);
                    break;
                case LinkInline or TurnLabelInline:
                    break;
                case ContainerInline inner:
                    Visit(inner, scope);
                    break;
            }
        }
    }

    private void Split(LiteralInline literal, GlossaryScope scope)
    {
        var text = literal.Content.ToString();
        var done = 0;
        foreach (var match in matcher.Find(text))
        {
            if (scope.IsLinked(match.Term.Id))
            {
                continue;
            }
            if (match.Start > done)
            {
                literal.InsertBefore(Piece(literal, text, done, match.Start - done));
            }
            var reference = new TermReferenceInline
            {
                Term = match.Term,
                Text = text.Substring(match.Start, match.Length),
                Span = new SourceSpan(literal.Span.Start + match.Start, literal.Span.Start + match.Start + match.Length - 1),
            };
            scope.Claim(reference);
            literal.InsertBefore(reference);
            done = match.Start + match.Length;
        }
        if (done == 0)
        {
            return;
        }
        if (done < text.Length)
        {
            literal.InsertBefore(Piece(literal, text, done, text.Length - done));
        }
        literal.Remove();
    }

    private static LiteralInline Piece(LiteralInline original, string text, int start, int length) => new()
    {
        Content = new StringSlice(text, start, start + length - 1),
        Span = new SourceSpan(original.Span.Start + start, original.Span.Start + start + length - 1),
        IsFirstCharacterEscaped = start == 0 && original.IsFirstCharacterEscaped,
    };
}

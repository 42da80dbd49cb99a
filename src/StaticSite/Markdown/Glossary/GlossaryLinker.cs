using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.Glossary;

/// <summary>
/// Links the first occurrence of each term in a scope by splitting literal text around it. Only
/// literals are searched, and links and the inlines that say so (<see cref="IFeatureInline.IsGlossaryLinked"/>)
/// are not entered, so nothing is linked inside links or code; headings and code blocks are skipped as blocks.
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
                foreach (var child in container)
                {
                    Visit(child, scope);
                }
                return;
        }
    }

    private void Visit(ContainerInline container, GlossaryScope scope)
    {
        // Walks the sibling links instead of a copied list: splitting a literal only inserts before
        // it and removes it, so the next sibling taken beforehand stays valid.
        for (var inline = container.FirstChild; inline is not null;)
        {
            var next = inline.NextSibling;
            switch (inline)
            {
                case TermReferenceInline reference:
                    scope.Claim(reference);
                    break;
                case LiteralInline literal:
                    Split(literal, scope);
                    break;
                case LinkInline or IFeatureInline { IsGlossaryLinked: false }:
                    break;
                case ContainerInline inner:
                    Visit(inner, scope);
                    break;
            }
            inline = next;
        }
    }

    private void Split(LiteralInline literal, GlossaryScope scope)
    {
        // Searched in place: copying every literal to a string cost a copy of the whole transcript.
        var content = literal.Content;
        var text = content.AsSpan();
        var done = 0;
        for (var from = 0; matcher.FindNext(text, from) is { } match; from = match.Start + match.Length)
        {
            if (scope.IsLinked(match.Term.Id))
            {
                continue;
            }
            if (match.Start > done)
            {
                literal.InsertBefore(Piece(literal, done, match.Start - done));
            }
            var reference = new TermReferenceInline
            {
                Term = match.Term,
                Text = text.Slice(match.Start, match.Length).ToString(),
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
            literal.InsertBefore(Piece(literal, done, text.Length - done));
        }
        literal.Remove();
    }

    private static LiteralInline Piece(LiteralInline original, int start, int length) => new()
    {
        Content = new StringSlice(original.Content.Text, original.Content.Start + start, original.Content.Start + start + length - 1),
        Span = new SourceSpan(original.Span.Start + start, original.Span.Start + start + length - 1),
        IsFirstCharacterEscaped = start == 0 && original.IsFirstCharacterEscaped,
    };
}

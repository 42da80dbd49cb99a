using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticSite.Markdown.WikiLinks;

/// <summary>Parses <c>[[…]]</c> on one line; runs before Markdig's link parser, which would see two brackets.</summary>
internal sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }
        var text = slice.Text;
        var innerStart = slice.Start + 2;
        var close = innerStart;
        while (close + 1 <= slice.End && !(text[close] == ']' && text[close + 1] == ']'))
        {
            if (text[close] is '[' or ']' or '\n')
            {
                return false;
            }
            close++;
        }
        if (close + 1 > slice.End)
        {
            return false;
        }
        var inner = text[innerStart..close];
        var bar = inner.LastIndexOf('|');
        var id = (bar < 0 ? inner : inner[(bar + 1)..]).Trim();
        var shown = bar < 0 ? null : inner[..bar].Trim();
        if (id.Length == 0)
        {
            return false;
        }
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var length = close + 2 - slice.Start;
        processor.Inline = new WikiLinkInline
        {
            Id = id,
            ShownText = string.IsNullOrEmpty(shown) ? null : shown,
            Span = new SourceSpan(start, start + length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += length;
        return true;
    }
}

using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Tests.Markdown.StageDirections;

/// <summary>Parses <c>{~ words ~}</c> on one line into a <see cref="StageDirectionInline"/> holding the words (closed, so Markdig puts what follows after it, not in it).</summary>
internal sealed class StageDirectionParser : InlineParser
{
    public StageDirectionParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '~')
        {
            return false;
        }
        var text = slice.Text;
        var close = text.IndexOf("~}", slice.Start + 2, slice.End - slice.Start - 1, StringComparison.Ordinal);
        if (close < 0 || text.IndexOf('\n', slice.Start, close - slice.Start) >= 0)
        {
            return false;
        }
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var length = close + 2 - slice.Start;
        var direction = new StageDirectionInline { IsClosed = true, Span = new SourceSpan(start, start + length - 1), Line = line, Column = column };
        var words = text[(slice.Start + 2)..close].Trim();
        direction.AppendChild(new LiteralInline(words) { Span = new SourceSpan(start + 2, close - slice.Start + start - 1) });
        processor.Inline = direction;
        slice.Start += length;
        return true;
    }
}

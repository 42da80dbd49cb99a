using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticSite.Markdown.Turns;

/// <summary>
/// Recognises a turn label at the very start of a top-level paragraph. Only active when the parse
/// context carries <see cref="TranscriptKey"/>: on free pages and in fields '@name:' is just text.
/// </summary>
internal sealed class TurnLabelParser : InlineParser
{
    /// <summary>Key in <see cref="Markdig.MarkdownParserContext.Properties"/> that marks a transcript parse.</summary>
    public static readonly object TranscriptKey = new();

    public TurnLabelParser()
    {
        OpeningCharacters = ['@'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Context?.Properties.ContainsKey(TranscriptKey) != true
            || processor.Block is not ParagraphBlock { Parent: MarkdownDocument }
            || processor.Root?.FirstChild is not null)
        {
            return false;
        }
        var text = slice.Text;
        var end = text.IndexOf('\n', slice.Start, slice.End - slice.Start + 1);
        // A span, not a substring: the first line is often the whole paragraph, and only the label is kept.
        var line = text.AsSpan(slice.Start, (end < 0 ? slice.End + 1 : end) - slice.Start);
        var offset = processor.GetSourcePosition(slice.Start, out var lineIndex, out var column);
        var label = TurnLabelReader.TryRead(line, offset, out var length);
        if (label is null)
        {
            return false;
        }
        label.Span = new SourceSpan(offset, offset + length - 1);
        label.Line = lineIndex;
        label.Column = column;
        slice.Start += length;
        // A label alone on its line: the turn's text starts on the next line, without a leading break.
        if (slice.Start <= slice.End && slice.CurrentChar == '\n')
        {
            slice.Start++;
        }
        processor.Inline = label;
        return true;
    }
}

using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace StaticSite.Markdown.Turns;

/// <summary>
/// Splits a transcript's top-level blocks into turns, headings, breaks and editorial prose: a turn
/// runs from its label paragraph to the next label, heading or thematic break.
/// </summary>
internal static class BodySegmenter
{
    public static List<BodySegment> Split(MarkdownDocument document)
    {
        var segments = new List<BodySegment>();
        BodySegment? open = null;
        foreach (var block in document)
        {
            switch (block)
            {
                // Definitions render nothing and notes go to the margin: they neither end nor start anything.
                case LinkReferenceDefinitionGroup or FootnoteGroup or BlankLineBlock:
                    continue;
                case HeadingBlock:
                    segments.Add(new BodySegment(SegmentKind.Heading, [block]));
                    open = null;
                    continue;
                case ThematicBreakBlock:
                    segments.Add(new BodySegment(SegmentKind.Break, [block]));
                    open = null;
                    continue;
                case ParagraphBlock { Inline.FirstChild: TurnLabelInline label } paragraph:
                    // A label alone on its paragraph leaves an empty paragraph: keep it out of the HTML.
                    open = new BodySegment(SegmentKind.Turn, label.NextSibling is null ? [] : [paragraph], label);
                    segments.Add(open);
                    continue;
            }
            if (open is null)
            {
                open = new BodySegment(SegmentKind.Editorial, []);
                segments.Add(open);
            }
            open.Blocks.Add(block);
        }
        return segments;
    }
}

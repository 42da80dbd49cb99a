using System.Globalization;
using System.Text;
using Markdig.Syntax;
using StaticSite.Diagnostics;
using StaticSite.Markdown.Anchors;
using StaticSite.Markdown.Glossary;
using StaticSite.Markdown.Highlights;
using StaticSite.Markdown.Notes;
using StaticSite.Markdown.Turns;

namespace StaticSite.Markdown;

/// <summary>
/// Builds the body items of a parsed transcript: anchors first (explicit ones reserved before any
/// is derived), then glossary links per turn, then HTML. Anchors come from content, never from
/// positions, so editing or inserting another turn does not move them.
/// </summary>
internal sealed class TranscriptAssembler(FragmentRenderer renderer, GlossaryLinker linker)
{
    // One string per speaker or topic id in a transcript, not one per label: every turn keeps its ids to the end of the build.
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public ParsedBody Assemble(MarkdownDocument document, SourceMap map, DiagnosticBag diagnostics)
    {
        var segments = BodySegmenter.Split(document);
        var anchors = new AnchorRegistry();
        foreach (var label in segments.Select(s => s.Label).OfType<TurnLabelInline>())
        {
            foreach (var problem in label.Problems)
            {
                diagnostics.Error(map.Locate(problem.Offset), DiagnosticCodes.InvalidId, problem.Message);
            }
            if (label.Anchor is { } chosen)
            {
                anchors.Reserve(chosen.Id, map.Locate(chosen.Offset), diagnostics);
            }
        }
        // By anchor, so that each note reference finds its note without a search through all notes.
        var notes = NoteCollector.Apply(document, map, anchors, diagnostics).Values.ToDictionary(n => n.Anchor, StringComparer.Ordinal);

        var items = new List<BodyItem>();
        var bytes = new TurnBytes();
        var editorials = 0;
        var turns = 0;
        foreach (var segment in segments)
        {
            var at = map.Locate(segment.Label?.Offset ?? segment.Blocks[0].Span.Start);
            switch (segment.Kind)
            {
                case SegmentKind.Turn:
                    turns++;
                    items.Add(Turn(segment, segment.Label!, map, anchors, notes, bytes));
                    break;
                case SegmentKind.Heading:
                    var heading = (HeadingBlock)segment.Blocks[0];
                    var text = PlainText.Of(segment.Blocks);
                    var anchor = anchors.Derive(Slug.Of(text) is { Length: > 0 } slug ? slug : "section", at);
                    items.Add(new HeadingItem(heading.Level, text, renderer.Inline(heading), anchor, at));
                    break;
                case SegmentKind.Break:
                    items.Add(new BreakItem(at));
                    break;
                default:
                    var scope = turns == 0 && editorials == 0 ? "intro" : $"ed-{editorials + 1}";
                    editorials++;
                    items.Add(Editorial(segment.Blocks, scope, at, notes));
                    break;
            }
        }
        bytes.Seal(); // before any page keeps a turn's bytes
        return new ParsedBody(items);
    }

    private TurnItem Turn(BodySegment segment, TurnLabelInline label, SourceMap map, AnchorRegistry anchors,
        IReadOnlyDictionary<string, NoteDraft> notes, TurnBytes bytes)
    {
        var at = map.Locate(label.Offset);
        var text = PlainText.Utf8(segment.Blocks, bytes);
        var anchor = label.Anchor?.Id ?? anchors.Derive(DerivedAnchor(label.Speaker, bytes.Span(text)), at);
        var scope = new GlossaryScope(anchor);
        linker.Link(segment.Blocks, scope);
        var marginNotes = MarginNotes(segment.Blocks, notes);
        var highlights = InlineWalk.OfType<HighlightInline>(segment.Blocks).ConvertAll(PlainText.Of);
        return new TurnItem(
            new IdReference(Id(label.Speaker), at),
            [.. label.Topics.Select(t => new IdReference(Id(t.Id), map.Locate(t.Offset)))],
            anchor,
            bytes,
            renderer.BlocksUtf8(segment.Blocks, bytes),
            text,
            marginNotes,
            highlights,
            scope.TermIds,
            at);
    }

    private string Id(string id)
    {
        if (_ids.TryGetValue(id, out var known)) return known;
        _ids[id] = id;
        return id;
    }

    private EditorialItem Editorial(List<Block> blocks, string scopeName, SourceLocation at,
        IReadOnlyDictionary<string, NoteDraft> notes)
    {
        linker.Link(blocks, new GlossaryScope(scopeName));
        return new EditorialItem(renderer.Blocks(blocks), MarginNotes(blocks, notes), at);
    }

    /// <summary>Speaker and the first six words: readable, and stable unless the turn's own opening changes.</summary>
    private static string DerivedAnchor(string speaker, ReadOnlySpan<byte> text)
    {
        // The text is collapsed (single spaces, none at the ends), so six words end at the sixth
        // space; only those words are decoded, never the whole turn. A space is one byte in UTF-8.
        var end = -1;
        for (var spaces = 0; spaces < 6; spaces++)
        {
            var next = text[(end + 1)..].IndexOf((byte)' ');
            if (next < 0)
            {
                end = -1;
                break;
            }
            end += next + 1;
        }
        var words = Encoding.UTF8.GetString(end < 0 ? text : text[..end]);
        return Slug.Of($"{speaker} {words}") is { Length: > 0 } slug ? slug : "turn";
    }

    private List<MarginNote> MarginNotes(IEnumerable<Block> blocks, IReadOnlyDictionary<string, NoteDraft> notesByAnchor) =>
        notesByAnchor.Count == 0 ? [] : [.. InlineWalk.OfType<NoteReferenceInline>(blocks).Select(r => notesByAnchor[r.Anchor]).Distinct()
            .Select(n => new MarginNote(n.Label, n.Number.ToString(CultureInfo.InvariantCulture), n.Anchor, renderer.Content(n.Footnote)))];
}

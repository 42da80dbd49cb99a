using System.Text;
using Markdig.Syntax;
using StaticSite.Diagnostics;
using StaticSite.Markdown.Anchors;
using StaticSite.Markdown.Turns;

namespace StaticSite.Markdown;

/// <summary>
/// Builds the body items of a parsed transcript: anchors first (explicit ones reserved before any
/// is derived), then each feature's work per turn or editorial item (<see cref="ITranscriptFeature"/>),
/// then HTML. Anchors come from content, never from positions, so editing or inserting another
/// turn does not move them.
/// </summary>
internal sealed class TranscriptAssembler(FragmentRenderer renderer, IReadOnlyList<ITranscriptFeature> features)
{
    // One string per speaker or topic id in a transcript, not one per label: every turn keeps its ids to the end of the build.
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly List<ITranscriptPartWork> _work = [];

    public ParsedBody Assemble(MarkdownDocument document, string text, SourceMap map, DiagnosticBag diagnostics)
    {
        var segments = BodySegmenter.Split(document);
        var anchors = new AnchorRegistry();
        foreach (var label in segments.Select(s => s.Label).OfType<TurnLabelInline>())
        {
            foreach (var problem in label.Problems)
            {
                diagnostics.Error(map.Locate(problem.Offset), problem.Code, problem.Message);
            }
            if (label.Anchor is { } chosen)
            {
                anchors.Reserve(chosen.Id, map.Locate(chosen.Offset), diagnostics);
            }
        }
        var session = new TranscriptSession(text, map, anchors, diagnostics, renderer);
        foreach (var feature in features)
        {
            if (feature.Begin(document, session) is { } work) _work.Add(work);
        }

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
                    items.Add(Turn(segment, segment.Label!, map, anchors, bytes));
                    break;
                case SegmentKind.Heading:
                    var heading = (HeadingBlock)segment.Blocks[0];
                    var headingText = PlainText.Of(segment.Blocks);
                    var anchor = anchors.Derive(Slug.Of(headingText) is { Length: > 0 } slug ? slug : "section", at);
                    items.Add(new HeadingItem(heading.Level, headingText, renderer.Inline(heading), anchor, at));
                    break;
                case SegmentKind.Break:
                    items.Add(new BreakItem(at));
                    break;
                default:
                    var part = Apply(new TranscriptPart(segment.Blocks, turns == 0 && editorials == 0 ? "intro" : $"ed-{editorials + 1}"));
                    editorials++;
                    items.Add(new EditorialItem(renderer.Blocks(part.Blocks), part.Notes, at));
                    break;
            }
        }
        bytes.Seal(); // before any page keeps a turn's bytes
        return new ParsedBody(items);
    }

    private TurnItem Turn(BodySegment segment, TurnLabelInline label, SourceMap map, AnchorRegistry anchors, TurnBytes bytes)
    {
        var at = map.Locate(label.Offset);
        var text = PlainText.Utf8(segment.Blocks, bytes);
        var anchor = label.Anchor?.Id ?? anchors.Derive(DerivedAnchor(label.Speaker, bytes.Span(text)), at);
        var part = Apply(new TranscriptPart(segment.Blocks, anchor));
        return new TurnItem(
            new IdReference(Id(label.Speaker), at),
            [.. label.Topics.Select(t => new IdReference(Id(t.Id), map.Locate(t.Offset)))],
            anchor,
            bytes,
            renderer.BlocksUtf8(segment.Blocks, bytes),
            text,
            part.Notes,
            part.Highlights,
            part.TermIds,
            at)
        {
            Time = label.Time is { } seconds ? new TurnTime(seconds, map.Locate(label.TimeOffset)) : null,
        };
    }

    private TranscriptPart Apply(TranscriptPart part)
    {
        foreach (var work in _work)
        {
            work.Apply(part);
        }
        return part;
    }

    private string Id(string id)
    {
        if (_ids.TryGetValue(id, out var known)) return known;
        _ids[id] = id;
        return id;
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
}

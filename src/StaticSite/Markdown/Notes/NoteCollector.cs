using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using StaticSite.Diagnostics;
using StaticSite.Markdown.Anchors;

namespace StaticSite.Markdown.Notes;

/// <summary>
/// Turns a transcript's footnotes into margin notes: numbers them in order of first reference
/// (Markdig's order), gives each a <c>note-{label}</c> anchor, replaces references with
/// <see cref="NoteReferenceInline"/>, drops Markdig's back-links, and warns about unused definitions.
/// </summary>
internal static class NoteCollector
{
    public static IReadOnlyDictionary<Footnote, NoteDraft> Apply(
        MarkdownDocument document, SourceMap map, AnchorRegistry anchors, DiagnosticBag diagnostics)
    {
        var notes = new Dictionary<Footnote, NoteDraft>();
        // Without definitions Markdig makes no footnote group, links or definitions: skip both tree walks.
        if (document.OfType<FootnoteGroup>().FirstOrDefault() is not { } group)
        {
            return notes;
        }
        foreach (var footnote in group.OfType<Footnote>().OrderBy(f => f.Order))
        {
            var label = (footnote.Label ?? "").TrimStart('^');
            var slug = Slug.Of(label) is { Length: > 0 } s ? s : $"n{footnote.Order}";
            var anchor = anchors.Derive($"note-{slug}", map.Locate(footnote.Span.Start));
            notes[footnote] = new NoteDraft(footnote, label, footnote.Order, anchor);
        }

        var referenced = new HashSet<Footnote>();
        foreach (var link in document.Descendants().OfType<FootnoteLink>().ToList())
        {
            if (link.IsBackLink || link.Footnote is null || !notes.TryGetValue(link.Footnote, out var note))
            {
                link.Remove();
                continue;
            }
            var first = referenced.Add(link.Footnote);
            link.ReplaceBy(new NoteReferenceInline
            {
                Number = note.Number,
                Anchor = note.Anchor,
                Id = first ? $"ref-{note.Anchor["note-".Length..]}" : null,
                Span = link.Span,
            });
        }

        foreach (var definition in document.Descendants().OfType<FootnoteLinkReferenceDefinition>())
        {
            if (definition.Footnote is { } footnote && !notes.ContainsKey(footnote))
            {
                var label = footnote.Label ?? definition.Label ?? "";
                diagnostics.Warning(map.Locate(definition.Span.Start), DiagnosticCodes.UnusedFootnote,
                    $"footnote '[{label}]' is defined but never referenced; reference it with '[{label}]' or remove it");
            }
        }
        return notes;
    }
}

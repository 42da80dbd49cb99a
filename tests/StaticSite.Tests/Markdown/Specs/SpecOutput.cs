using System.Text;
using StaticSite.Diagnostics;
using StaticSite.Markdown;

namespace StaticSite.Tests.Markdown.Specs;

/// <summary>
/// What an example's Markdown converts to, as text to compare with the spec: the HTML the converter
/// returns, and what else it returns as HTML comments (a transcript's items, a turn's plain text,
/// notes, highlights and terms, then the diagnostics).
/// </summary>
internal static class SpecOutput
{
    public static string Of(SpecExample example)
    {
        var basePath = example.Options.FirstOrDefault(o => o.StartsWith("base=", StringComparison.Ordinal))?["base=".Length..] ?? "/";
        var converter = new MarkdownConverter(MarkdownTestBed.Glossary, example.Options.Contains("raw_html"), basePath);
        var source = new MarkdownSource(example.Markdown, MarkdownTestBed.TranscriptPath, 1);
        var diagnostics = new DiagnosticBag();
        var output = new StringBuilder();
        switch (example.Kind)
        {
            case "transcript":
                foreach (var item in converter.ParseTranscript(source, diagnostics)!.Items)
                {
                    Item(output, item);
                }
                break;
            case "page":
                var page = converter.RenderPage(source, diagnostics);
                Html(output, page.Html);
                List(output, "terms", page.TermIds);
                break;
            case "field":
                Html(output, converter.RenderField(source, diagnostics));
                break;
            default:
                throw new InvalidDataException($"{example.File}({example.Line}): unknown kind '{example.Kind}'; use transcript, page or field");
        }
        foreach (var diagnostic in diagnostics.Sorted())
        {
            output.Append($"<!-- {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code} ({diagnostic.Location.Line},{diagnostic.Location.Column}) -->\n");
        }
        return output.ToString();
    }

    private static void Item(StringBuilder output, BodyItem item)
    {
        switch (item)
        {
            case TurnItem turn:
                output.Append($"<!-- turn @{turn.Speaker.Id}{string.Concat(turn.Topics.Select(t => " #" + t.Id))} {{#{turn.Anchor}}} -->\n");
                Html(output, turn.Html);
                output.Append($"<!-- text: {turn.Text} -->\n");
                Notes(output, turn.Notes);
                List(output, "highlights", turn.Highlights);
                List(output, "terms", turn.TermIds);
                break;
            case EditorialItem editorial:
                output.Append("<!-- editorial -->\n");
                Html(output, editorial.Html);
                Notes(output, editorial.Notes);
                break;
            case HeadingItem heading:
                output.Append($"<!-- heading {heading.Level} {{#{heading.Anchor}}} text: {heading.Text} -->\n");
                Html(output, heading.Html);
                break;
            case BreakItem:
                output.Append("<!-- break -->\n");
                break;
        }
    }

    private static void Notes(StringBuilder output, IReadOnlyList<MarginNote> notes)
    {
        foreach (var note in notes)
        {
            output.Append($"<!-- note {note.Number} [^{note.Label}] {{#{note.Anchor}}} -->\n");
            Html(output, note.Html);
        }
    }

    private static void List(StringBuilder output, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            output.Append($"<!-- {name}: {string.Join(" | ", values)} -->\n");
        }
    }

    private static void Html(StringBuilder output, string html)
    {
        if (html.Length > 0)
        {
            output.Append(html.TrimEnd('\n')).Append('\n');
        }
    }
}

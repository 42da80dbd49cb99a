using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticSite.Diagnostics;
using StaticSite.Markdown;

namespace StaticSite.Tests.Markdown;

/// <summary>A small glossary, a converter over it, and ways to query what it produces.</summary>
internal static class MarkdownTestBed
{
    public const string TranscriptPath = "input/transcripts/t.md";

    public static readonly IReadOnlyList<GlossaryForms> Glossary =
    [
        new("api", ["API", "APIs", "application programming interface"], "/glossary/api/", "A way for programs to talk <to> each other & more."),
        new("open-source", ["open source"], "/glossary/open-source/", "Software whose source is public."),
        new("eu-ai-act", ["EU AI Act"], "/glossary/eu-ai-act/", "The European Union's AI regulation."),
        new("ai", ["AI"], "/glossary/ai/", "Artificial intelligence."),
        new("open-weights", ["open weights"], "/glossary/open-weights/", "Models whose weights are published."),
    ];

    public static MarkdownConverter Converter(bool rawHtml = false) => new(Glossary, rawHtml);

    public static (ParsedBody Body, DiagnosticBag Diagnostics) Parse(string text, int firstLine = 1, bool rawHtml = false)
    {
        var diagnostics = new DiagnosticBag();
        var body = Converter(rawHtml).ParseTranscript(new MarkdownSource(text, TranscriptPath, firstLine), diagnostics)!;
        return (body, diagnostics);
    }

    public static List<TurnItem> Turns(string text) => [.. Parse(text).Body.Items.OfType<TurnItem>()];

    public static IDocument Html(string html) => new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");

    public static Diagnostic Single(DiagnosticBag diagnostics, string code) =>
        Assert.Single(diagnostics.Sorted(), d => d.Code == code);
}

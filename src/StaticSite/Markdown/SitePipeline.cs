using Markdig;

namespace StaticSite.Markdown;

/// <summary>
/// The one Markdig pipeline of the site: CommonMark plus our extensions, and deliberately nothing
/// else (no auto-identifiers, generic attributes, pipe tables or smarty pants), so output depends
/// only on the input. A built pipeline is immutable and safe to share between threads.
/// </summary>
internal static class SitePipeline
{
    public static MarkdownPipeline Build() => new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseTurnLabels()
        .UseWikiLinks()
        .UseInsertions()
        .UseHighlights()
        .UseMarginNotes()
        .UseGlossaryTerms()
        .Build();

    /// <summary>Parse options that switch on what only transcripts have (turn labels).</summary>
    public static MarkdownParserContext TranscriptContext()
    {
        var context = new MarkdownParserContext();
        context.Properties[Turns.TurnLabelParser.TranscriptKey] = true;
        return context;
    }
}

using Markdig;
using StaticSite.Markdown.Glossary;

namespace StaticSite.Markdown;

/// <summary>
/// The one Markdig pipeline of the site: CommonMark plus our extensions, and deliberately nothing
/// else (no auto-identifiers, generic attributes, pipe tables or smarty pants), so output depends
/// only on the input. A built pipeline is immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// The order of the extensions is the order of their rewriters (<see cref="IDocumentRewriter"/>):
/// raw HTML goes before anything reads the tree, wiki links are resolved before brackets are paired.
/// </remarks>
internal static class SitePipeline
{
    private static readonly Dictionary<string, GlossaryForms> NoTerms = [];

    /// <summary>The pipeline for parsing only, without a glossary: for plain text of short fields.</summary>
    public static MarkdownPipeline Build() => Build(NoTerms, rawHtml: true, basePath: "/", extensions: []);

    /// <param name="terms">The glossary by term id, for wiki links.</param>
    /// <param name="rawHtml">Whether editors' raw HTML is kept (site.yml's raw_html).</param>
    /// <param name="basePath">The site's base path ("/" or "/repo/"): editors' links from the site root get it.</param>
    /// <param name="extensions">Extensions added after the site's own.</param>
    public static MarkdownPipeline Build(IReadOnlyDictionary<string, GlossaryForms> terms, bool rawHtml, string basePath, IReadOnlyList<IMarkdownExtension> extensions)
    {
        var builder = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseRawHtmlFilter(rawHtml)
        .UseSiteLinks(basePath)
        .UseTurnLabels()
        .UseHighlights()
        .UseWikiLinks(terms)
        .UseInsertions()
        .UseMarginNotes()
        .UseGlossaryTerms();
        foreach (var extension in extensions)
        {
            builder.Extensions.Add(extension); // not Use(): with the interface as its type argument it finds one of ours and adds nothing
        }
        return builder.Build();
    }

    /// <summary>Parse options that switch on what only transcripts have (turn labels).</summary>
    public static MarkdownParserContext TranscriptContext()
    {
        var context = new MarkdownParserContext();
        context.Properties[Turns.TurnLabelParser.TranscriptKey] = true;
        return context;
    }
}

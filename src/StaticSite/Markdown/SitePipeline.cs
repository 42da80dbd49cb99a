using Markdig;
using StaticSite.Markdown.Glossary;

namespace StaticSite.Markdown;

/// <summary>
/// The one Markdig pipeline of the site: CommonMark plus our extensions, and deliberately nothing
/// else (no auto-identifiers, generic attributes, pipe tables or smarty pants), so output depends
/// only on the input. A built pipeline is immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// The order of the extensions is the order of their work (<see cref="IDocumentRewriter"/>,
/// <see cref="ITranscriptFeature"/>): raw HTML goes before anything reads the tree, wiki links are
/// resolved before brackets are paired, notes derive their anchors before turns do.
/// </remarks>
internal static class SitePipeline
{
    /// <summary>The pipeline for parsing only, without a glossary: for plain text of short fields.</summary>
    public static MarkdownPipeline Build() => Build([], rawHtml: true, basePath: "/", extensions: []);

    /// <param name="glossary">The glossary's terms, for wiki links and automatic links.</param>
    /// <param name="rawHtml">Whether editors' raw HTML is kept (site.yml's raw_html).</param>
    /// <param name="basePath">The site's base path ("/" or "/repo/"): editors' links from the site root get it.</param>
    /// <param name="extensions">Extensions added after the site's own.</param>
    public static MarkdownPipeline Build(IReadOnlyList<GlossaryForms> glossary, bool rawHtml, string basePath, IReadOnlyList<IMarkdownExtension> extensions)
    {
        var terms = new Dictionary<string, GlossaryForms>(StringComparer.Ordinal);
        foreach (var term in glossary)
        {
            terms.TryAdd(term.Id, term);
        }
        var builder = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseRawHtmlFilter(rawHtml)
        .UseSiteLinks(basePath)
        .UseTurnLabels()
        .UseHighlights()
        .UseWikiLinks(terms)
        .UseInsertions()
        .UseMarginNotes()
        .UseGlossaryTerms(new GlossaryLinker(new GlossaryMatcher(glossary)));
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

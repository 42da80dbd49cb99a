using Markdig;
using Markdig.Extensions.EmphasisExtras;
using StaticSite.Markdown.Glossary;
using StaticSite.Markdown.Highlights;
using StaticSite.Markdown.Insertions;
using StaticSite.Markdown.Links;
using StaticSite.Markdown.Notes;
using StaticSite.Markdown.RawHtml;
using StaticSite.Markdown.Turns;
using StaticSite.Markdown.WikiLinks;

namespace StaticSite.Markdown;

/// <summary>The <c>UseXxx()</c> methods of our Markdig extensions, one per feature folder.</summary>
internal static class MarkdownPipelineBuilderExtensions
{
    /// <summary>Raw HTML dropped with a warning unless <paramref name="allowed"/> (site.yml's raw_html).</summary>
    public static MarkdownPipelineBuilder UseRawHtmlFilter(this MarkdownPipelineBuilder builder, bool allowed) => builder.Use(new RawHtmlExtension(allowed));

    /// <summary>Unsafe link addresses rejected; links from the site root given <paramref name="basePath"/>.</summary>
    public static MarkdownPipelineBuilder UseSiteLinks(this MarkdownPipelineBuilder builder, string basePath) => builder.Use(new SiteLinkExtension(basePath));

    public static MarkdownPipelineBuilder UseTurnLabels(this MarkdownPipelineBuilder builder) => builder.Use<TurnLabelExtension>();

    public static MarkdownPipelineBuilder UseWikiLinks(this MarkdownPipelineBuilder builder, IReadOnlyDictionary<string, GlossaryForms> terms) =>
        builder.Use(new WikiLinkExtension(terms));

    public static MarkdownPipelineBuilder UseInsertions(this MarkdownPipelineBuilder builder) => builder.Use<InsertionExtension>();

    public static MarkdownPipelineBuilder UseGlossaryTerms(this MarkdownPipelineBuilder builder, GlossaryLinker linker) => builder.Use(new GlossaryExtension(linker));

    /// <summary>Footnotes as margin notes; adds Markdig's footnotes here, since extensions cannot add extensions while the pipeline is built.</summary>
    public static MarkdownPipelineBuilder UseMarginNotes(this MarkdownPipelineBuilder builder) => builder.UseFootnotes().Use<MarginNoteExtension>();

    /// <summary>Highlights; adds Markdig's "marked" emphasis (<c>==…==</c>) only, not the other emphasis extras.</summary>
    public static MarkdownPipelineBuilder UseHighlights(this MarkdownPipelineBuilder builder) =>
        builder.UseEmphasisExtras(EmphasisExtraOptions.Marked).Use<HighlightExtension>();
}

using Markdig;
using Markdig.Extensions.EmphasisExtras;
using StaticSite.Markdown.Glossary;
using StaticSite.Markdown.Highlights;
using StaticSite.Markdown.Insertions;
using StaticSite.Markdown.Notes;
using StaticSite.Markdown.Turns;
using StaticSite.Markdown.WikiLinks;

namespace StaticSite.Markdown;

/// <summary>The <c>UseXxx()</c> methods of our Markdig extensions, one per feature folder.</summary>
internal static class MarkdownPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseTurnLabels(this MarkdownPipelineBuilder builder) => builder.Use<TurnLabelExtension>();

    public static MarkdownPipelineBuilder UseWikiLinks(this MarkdownPipelineBuilder builder) => builder.Use<WikiLinkExtension>();

    public static MarkdownPipelineBuilder UseInsertions(this MarkdownPipelineBuilder builder) => builder.Use<InsertionExtension>();

    public static MarkdownPipelineBuilder UseGlossaryTerms(this MarkdownPipelineBuilder builder) => builder.Use<GlossaryExtension>();

    /// <summary>Footnotes as margin notes; adds Markdig's footnotes here, since extensions cannot add extensions while the pipeline is built.</summary>
    public static MarkdownPipelineBuilder UseMarginNotes(this MarkdownPipelineBuilder builder) => builder.UseFootnotes().Use<MarginNoteExtension>();

    /// <summary>Highlights; adds Markdig's "marked" emphasis (<c>==…==</c>) only, not the other emphasis extras.</summary>
    public static MarkdownPipelineBuilder UseHighlights(this MarkdownPipelineBuilder builder) =>
        builder.UseEmphasisExtras(EmphasisExtraOptions.Marked).Use<HighlightExtension>();
}

using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.WikiLinks;

/// <summary><c>[[id]]</c> or <c>[[shown text|id]]</c>: an explicit link to a glossary term.</summary>
internal sealed class WikiLinkInline : LeafInline, IFeatureInline
{
    public required string Id { get; init; }

    /// <summary>The text before '|', or null when the term's title is to be shown.</summary>
    public string? ShownText { get; init; }

    public bool IsGlossaryLinked => false;

    /// <summary>Read as the text it shows; resolved links are term references by then, so this is the text without a glossary (<see cref="MarkdownConverter.ToPlainText"/>).</summary>
    public void AppendPlainText(CollapsedText text) => text.Append(ShownText ?? Id);
}

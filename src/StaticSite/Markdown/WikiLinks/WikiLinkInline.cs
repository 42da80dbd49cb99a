using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.WikiLinks;

/// <summary><c>[[id]]</c> or <c>[[shown text|id]]</c>: an explicit link to a glossary term.</summary>
internal sealed class WikiLinkInline : LeafInline
{
    public required string Id { get; init; }

    /// <summary>The text before '|', or null when the term's title is to be shown.</summary>
    public string? ShownText { get; init; }
}

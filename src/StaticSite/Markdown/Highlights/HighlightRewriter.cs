using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.Highlights;

/// <summary>Replaces Markdig's "marked" emphasis (<c>==…==</c>) with <see cref="HighlightInline"/>.</summary>
internal static class HighlightRewriter
{
    public static void Apply(MarkdownObject root)
    {
        foreach (var emphasis in root.Descendants().OfType<EmphasisInline>().ToList())
        {
            if (emphasis is { DelimiterChar: '=', DelimiterCount: 2 })
            {
                emphasis.ReplaceBy(new HighlightInline { Span = emphasis.Span });
            }
        }
    }
}

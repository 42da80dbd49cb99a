using Markdig.Syntax;

namespace StaticSite.Markdown;

/// <summary>
/// A feature's own work on a parsed document before it is rendered (filtering, resolving, replacing
/// Markdig's inlines with its own). Implemented by the feature's Markdig extension; the converter runs
/// the rewriters of its pipeline's extensions in the order they were added, and knows none by name.
/// </summary>
internal interface IDocumentRewriter
{
    void Rewrite(MarkdownDocument document, in RewriteContext context);
}

using Markdig.Syntax;

namespace StaticSite.Markdown.RawHtml;

/// <summary>Drops editors' raw HTML (<see cref="RawHtmlFilter"/>) unless site.yml allows it.</summary>
internal sealed class RawHtmlExtension(bool allowed) : RewriteOnlyExtension
{
    public override void Rewrite(MarkdownDocument document, in RewriteContext context)
    {
        // Raw HTML, block or inline, starts with '<': without one there is nothing to walk the tree for.
        if (!allowed && context.Text.Contains('<'))
        {
            RawHtmlFilter.Apply(document, context.Map, context.Diagnostics);
        }
    }
}

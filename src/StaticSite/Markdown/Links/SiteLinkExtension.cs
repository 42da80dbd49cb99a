using Markdig.Syntax;

namespace StaticSite.Markdown.Links;

/// <summary>Editors' links: unsafe addresses rejected (<see cref="UnsafeLinkFilter"/>), site-root ones given the base path (<see cref="SiteRootLinks"/>).</summary>
internal sealed class SiteLinkExtension(string basePath) : RewriteOnlyExtension
{
    public override void Rewrite(MarkdownDocument document, in RewriteContext context)
    {
        // Autolinks start with '<', links need "](" or a "]:" definition: without them there is nothing to walk the tree for.
        var text = context.Text;
        if (text.Contains('<') || text.Contains("](", StringComparison.Ordinal) || text.Contains("]:", StringComparison.Ordinal))
        {
            UnsafeLinkFilter.Apply(document, context.Map, context.Diagnostics);
            SiteRootLinks.Apply(document, basePath);
        }
    }
}

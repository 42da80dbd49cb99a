using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticSite.Markdown.WikiLinks;

/// <summary>
/// Fallback for a wiki link that was not resolved against the glossary (e.g. in plain output):
/// its text, encoded. Resolved links are replaced by term references before rendering.
/// </summary>
internal sealed class HtmlWikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline obj) =>
        renderer.WriteEscape(obj.ShownText ?? obj.Id);
}

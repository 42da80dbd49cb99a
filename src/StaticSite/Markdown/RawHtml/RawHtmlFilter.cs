using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Diagnostics;

namespace StaticSite.Markdown.RawHtml;

/// <summary>
/// Drops raw HTML blocks and inlines when site.yml does not allow them: editors' text must not be
/// able to inject markup (scripts, broken layout) unless the site owner opted in.
/// </summary>
internal static class RawHtmlFilter
{
    private const string Message = "raw HTML is not allowed here and was dropped; set raw_html: true in site.yml to allow it";

    public static void Apply(MarkdownDocument document, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants().OfType<HtmlBlock>().ToList())
        {
            diagnostics.Warning(map.Locate(block.Span.Start), DiagnosticCodes.RawHtmlDropped, Message);
            block.Parent?.Remove(block);
        }
        foreach (var inline in document.Descendants().OfType<HtmlInline>().ToList())
        {
            diagnostics.Warning(map.Locate(inline.Span.Start), DiagnosticCodes.RawHtmlDropped, Message);
            inline.Remove();
        }
    }
}

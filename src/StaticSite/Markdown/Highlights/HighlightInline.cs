using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.Highlights;

/// <summary><c>==text==</c>: a key quote, highlighted in place and listed on speaker and home pages.</summary>
internal sealed class HighlightInline : ContainerInline
{
}

using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.Highlights;

/// <summary><c>==text==</c>: a key quote, highlighted in place and listed on speaker and home pages.</summary>
internal sealed class HighlightInline : ContainerInline, IFeatureInline
{
    public bool IsGlossaryLinked => true;

    public void AppendPlainText(CollapsedText text) => PlainText.AppendChildren(text, this);
}

using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.Insertions;

/// <summary>An editor's insertion in a speaker's words: <c>[Amazon Web Services]</c>.</summary>
internal sealed class InsertionInline : ContainerInline, IFeatureInline
{
    /// <summary>The editor's words are glossed like the speaker's: they explain the same text.</summary>
    public bool IsGlossaryLinked => true;

    /// <summary>With its brackets, since they are part of what the reader sees.</summary>
    public void AppendPlainText(CollapsedText text)
    {
        text.Append('[');
        PlainText.AppendChildren(text, this);
        text.Append(']');
    }
}

using Markdig.Syntax.Inlines;
using StaticSite.Markdown;

namespace StaticSite.Tests.Markdown.StageDirections;

/// <summary>
/// <c>{~ laughs ~}</c>: a syntax that exists only in tests, to show that a new inline needs no edit
/// outside its own files. What happens in the room is not what anyone said: it is not read as text
/// and gets no glossary links.
/// </summary>
internal sealed class StageDirectionInline : ContainerInline, IFeatureInline
{
    public bool IsGlossaryLinked => false;

    public void AppendPlainText(CollapsedText text)
    {
    }
}

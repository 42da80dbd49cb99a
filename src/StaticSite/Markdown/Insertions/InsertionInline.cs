using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.Insertions;

/// <summary>An editor's insertion in a speaker's words: <c>[Amazon Web Services]</c>.</summary>
internal sealed class InsertionInline : ContainerInline
{
}

using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticSite.Markdown.Insertions;

/// <summary>Keeps the brackets as visible text: copied or read aloud, the quote still shows whose words these are.</summary>
internal sealed class HtmlInsertionRenderer : HtmlObjectRenderer<InsertionInline>
{
    protected override void Write(HtmlRenderer renderer, InsertionInline obj)
    {
        renderer.Write("<span class=\"insertion\" title=\"Editor’s insertion\">[");
        renderer.WriteChildren(obj);
        renderer.Write("]</span>");
    }
}

using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticSite.Markdown.Notes;

/// <summary><c>&lt;sup class="note-ref" id="ref-x"&gt;&lt;a href="#note-x"&gt;1&lt;/a&gt;&lt;/sup&gt;</c>.</summary>
internal sealed class HtmlNoteReferenceRenderer : HtmlObjectRenderer<NoteReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, NoteReferenceInline obj)
    {
        renderer.Write("<sup class=\"note-ref\"");
        if (obj.Id is not null)
        {
            renderer.Write(" id=\"").WriteEscape(obj.Id).Write('"');
        }
        renderer.Write("><a href=\"#").WriteEscape(obj.Anchor).Write("\">");
        renderer.Write(obj.Number.ToString(CultureInfo.InvariantCulture)).Write("</a></sup>");
    }
}

using System.Text.RegularExpressions;

namespace StaticSite.Rendering;

/// <summary>
/// A turn's HTML made fit for another page: ids would clash there and note markers would point
/// at notes that page does not have, so both go; the term cards stay (without their ids).
/// The HTML is the Markdown stage's own output (attribute values always quoted and encoded), so
/// plain patterns are exact here; a DOM parser per turn cost more than the rest of the page.
/// </summary>
public static partial class PortableHtml
{
    public static string From(string html)
    {
        if (!html.Contains(" id=\"", StringComparison.Ordinal) && !html.Contains("note-ref", StringComparison.Ordinal)) return html;
        return IdAttribute().Replace(NoteMarker().Replace(html, ""), "");
    }

    [GeneratedRegex("<sup class=\"note-ref\"[^>]*>.*?</sup>", RegexOptions.Singleline)]
    private static partial Regex NoteMarker();

    [GeneratedRegex(" (?:id|aria-describedby)=\"[^\"]*\"")]
    private static partial Regex IdAttribute();
}

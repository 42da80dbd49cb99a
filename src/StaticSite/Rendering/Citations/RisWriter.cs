using System.Globalization;
using System.Text;

namespace StaticSite.Rendering.Citations;

/// <summary>
/// An RIS record (the tagged format of EndNote, Zotero and Mendeley): one "TAG  - value" line per
/// field, TY first and ER last. RIS has no escaping, so a value is kept on its one line.
/// </summary>
public static class RisWriter
{
    public static string Write(CitedWork work)
    {
        var text = new StringBuilder();
        // ELEC, a web page: the published transcript; RIS has no type for an interview.
        Line(text, "TY", "ELEC");
        Line(text, "TI", work.Title);
        foreach (var author in work.Authors) Line(text, "AU", author.Inverted);
        Line(text, "PY", work.Date.Year.ToString(CultureInfo.InvariantCulture));
        Line(text, "DA", work.Date.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
        Line(text, "PB", work.Publisher);
        Line(text, "M3", work.Genre);
        Line(text, "UR", work.Url);
        Line(text, "LA", work.Language);
        Line(text, "ID", work.Key);
        text.Append("ER  - \n");
        return text.ToString();
    }

    /// <summary>A value on one line: line breaks and other control characters become spaces.</summary>
    public static string OneLine(string value) =>
        string.Create(value.Length, value, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        });

    private static void Line(StringBuilder text, string tag, string value) =>
        text.Append(tag).Append("  - ").Append(OneLine(value)).Append('\n');
}

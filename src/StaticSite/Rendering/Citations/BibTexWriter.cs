using System.Globalization;
using System.Text;

namespace StaticSite.Rendering.Citations;

/// <summary>
/// A BibTeX entry (@misc, read by BibTeX and biblatex alike). Text is UTF-8 with TeX's special
/// characters escaped, so a title with braces, ampersands or percent signs neither breaks the entry
/// nor turns into markup; the title sits in double braces so that styles keep its capitals.
/// </summary>
public static class BibTexWriter
{
    public static string Write(CitedWork work)
    {
        var text = new StringBuilder();
        text.Append("@misc{").Append(Key(work.Key)).Append(",\n");
        Field(text, "title", "{" + Escape(work.Title) + "}");
        if (work.Authors.Count > 0) Field(text, "author", string.Join(" and ", work.Authors.Select(Name)));
        Field(text, "year", work.Date.Year.ToString(CultureInfo.InvariantCulture));
        Field(text, "month", work.Date.Month.ToString(CultureInfo.InvariantCulture));
        Field(text, "date", work.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(text, "publisher", Escape(work.Publisher));
        Field(text, "howpublished", "\\url{" + Url(work.Url) + "}");
        Field(text, "url", Url(work.Url));
        Field(text, "note", work.Genre);
        Field(text, "language", Escape(work.Language));
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>TeX's special characters as commands or escaped, so that the text reads as it is written.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' => "\\{",
                '}' => "\\}",
                '&' => "\\&",
                '%' => "\\%",
                '$' => "\\$",
                '#' => "\\#",
                '_' => "\\_",
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    // A name that must not be split (one word, or a group) is braced whole; others are "Family, Given".
    private static string Name(CitedName name) =>
        name.IsLiteral ? "{" + Escape(name.Full) + "}" : Escape(name.Family) + ", " + Escape(name.Given);

    // URLs are read verbatim by the url package; braces alone could unbalance the field, so they are percent-encoded.
    private static string Url(string url) => url.Replace("{", "%7B").Replace("}", "%7D").Replace("\\", "%5C");

    // Keys may not hold spaces, commas, braces or quotes; slugs and anchors never do, but a key is checked all the same.
    private static string Key(string key) => new([.. key.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.')]);

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}

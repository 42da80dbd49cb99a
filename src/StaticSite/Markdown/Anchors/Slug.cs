using System.Globalization;
using System.Text;

namespace StaticSite.Markdown.Anchors;

/// <summary>URL fragment made of text: lowercase ASCII words joined by '-', so that anchors are valid ids.</summary>
internal static class Slug
{
    private const int MaxLength = 60;

    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark || raw is '\'' or '\u2019')
            {
                continue;
            }
            var c = char.ToLowerInvariant(raw);
            var ascii = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c.ToString() : LatinFolding.Fold(c);
            if (ascii is not null)
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }
                pendingDash = false;
                builder.Append(ascii);
            }
            else
            {
                pendingDash = true;
            }
        }
        return Shorten(builder.ToString());
    }

    /// <summary>Long slugs make ugly URLs; cut at a word boundary so no word is truncated mid-way.</summary>
    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }
        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}

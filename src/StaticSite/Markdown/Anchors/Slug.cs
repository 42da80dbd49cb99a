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
        // Room for MaxLength + 1 characters (enough for Shorten to decide) plus a dash and a two-letter fold:
        // a slug is built without a string per character or a builder.
        Span<char> slug = stackalloc char[MaxLength + 4];
        var length = 0;
        var pendingDash = false;
        foreach (var raw in decomposed)
        {
            // Past MaxLength, Shorten cuts at a dash within the first MaxLength + 1 characters: the rest cannot matter.
            if (length > MaxLength)
            {
                break;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark || raw is '\'' or '\u2019')
            {
                continue;
            }
            var c = char.ToLowerInvariant(raw);
            var ascii = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            var folded = ascii ? null : LatinFolding.Fold(c);
            if (!ascii && folded is null)
            {
                pendingDash = true;
                continue;
            }
            if (pendingDash && length > 0)
            {
                slug[length++] = '-';
            }
            pendingDash = false;
            if (folded is null)
            {
                slug[length++] = c;
            }
            else
            {
                folded.CopyTo(slug[length..]);
                length += folded.Length;
            }
        }
        return Shorten(slug[..length]);
    }

    /// <summary>Long slugs make ugly URLs; cut at a word boundary so no word is truncated mid-way.</summary>
    private static string Shorten(ReadOnlySpan<char> slug)
    {
        if (slug.Length <= MaxLength)
        {
            return new string(slug);
        }
        var cut = slug[..(MaxLength + 1)].LastIndexOf('-');
        return cut > 0 ? new string(slug[..cut]) : new string(slug[..MaxLength]);
    }
}

using System.Globalization;
using System.Text;
using StaticSite.Markdown.Anchors;

namespace StaticSite.Rendering.Search;

/// <summary>
/// The words search matches, as theme/assets/js/search.js finds them in a query: the text folded (combining
/// marks dropped, accented Latin letters as their ASCII letters by the table slugs use, everything else in
/// lower case) and cut at every character that is neither a letter nor a number. The build runs without ICU
/// (invariant globalization), so Unicode decomposition is not at hand: the table goes to the script in the
/// manifest, and both sides fold by the same letters.
/// </summary>
public static class SearchWords
{
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        var folded = new StringBuilder(text.Length);
        Span<char> lower = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) continue;
            if (rune.IsBmp && LatinFolding.Fold((char)rune.Value) is { } ascii) folded.Append(ascii);
            else folded.Append(lower[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lower)]);
        }
        return folded.ToString();
    }

    /// <summary>The words of already folded text, in order, repeats included.</summary>
    public static IEnumerable<string> Split(string folded)
    {
        var start = -1;
        var i = 0;
        while (i < folded.Length)
        {
            var rune = Rune.GetRuneAt(folded, i);
            if (IsWordRune(rune))
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
            i += rune.Utf16SequenceLength;
        }
        if (start >= 0) yield return folded[start..];
    }

    public static IEnumerable<string> Of(string text) => Split(Fold(text));

    // The script's \p{L} and \p{N}: every letter and every number, not only decimal digits.
    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}

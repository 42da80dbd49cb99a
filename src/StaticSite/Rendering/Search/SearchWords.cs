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
        var folded = new char[2 * text.Length];
        return new string(folded, 0, Fold(text, folded));
    }

    /// <summary>
    /// <see cref="Fold(string)"/> into <paramref name="folded"/>, without a string: at least twice as long as the text,
    /// since a letter folds to two at most ("æ" to "ae", one outside the BMP to itself). Returns the length written.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> folded)
    {
        if (Ascii.IsValid(text))
        {
            Ascii.ToLower(text, folded, out var written);
            return written;
        }
        var length = 0;
        for (var i = 0; i < text.Length;)
        {
            // As a string's runes: an unpaired surrogate reads as the replacement character.
            Rune.DecodeFromUtf16(text[i..], out var rune, out var used);
            i += used;
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) continue;
            if (rune.IsBmp && LatinFolding.Fold((char)rune.Value) is { } ascii)
            {
                ascii.CopyTo(folded[length..]);
                length += ascii.Length;
            }
            else length += Rune.ToLowerInvariant(rune).EncodeToUtf16(folded[length..]);
        }
        return length;
    }

    /// <summary>The next word of already folded text at or after <paramref name="position"/>, as <see cref="Split"/> finds them; false after the last.</summary>
    public static bool NextWord(ReadOnlySpan<char> folded, ref int position, out Range word)
    {
        var start = -1;
        while (position < folded.Length)
        {
            // ASCII, nearly all of most text, by its letters and digits: the same answer as the rune's category.
            var c = folded[position];
            var used = 1;
            bool inWord;
            if (char.IsAscii(c)) inWord = char.IsAsciiLetterOrDigit(c);
            else
            {
                Rune.DecodeFromUtf16(folded[position..], out var rune, out used);
                inWord = IsWordRune(rune);
            }
            if (inWord)
            {
                if (start < 0) start = position;
            }
            else if (start >= 0)
            {
                word = start..position;
                position += used;
                return true;
            }
            position += used;
        }
        word = start < 0 ? default : start..position;
        return start >= 0;
    }

    /// <summary>The words of already folded text, in order, repeats included.</summary>
    public static IEnumerable<string> Split(string folded)
    {
        for (var position = 0; NextWord(folded, ref position, out var word);) yield return folded[word];
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

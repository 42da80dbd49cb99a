using System.Globalization;
using System.Text;
using CsCheck;
using StaticSite.Rendering.Search;

namespace StaticSite.Tests.Rendering;

/// <summary>
/// The search index counts a passage's words on its characters (<see cref="SearchWords.Fold(ReadOnlySpan{char}, Span{char})"/>
/// and <see cref="SearchWords.NextWord"/>); the words must be those the string path finds and those search.js's rules
/// make of a query, written out here on their own.
/// </summary>
public sealed class SearchWordsTests
{
    private static List<string> OnCharacters(string text)
    {
        var folded = new char[2 * text.Length];
        var words = folded.AsSpan(0, SearchWords.Fold(text, folded));
        var found = new List<string>();
        for (var position = 0; SearchWords.NextWord(words, ref position, out var word);) found.Add(words[word].ToString());
        return found;
    }

    // Folded as search.js folds a query: combining marks dropped, accented Latin letters by the table, the rest in lower case.
    private static string FoldedByTheTable(string text)
    {
        var folded = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) continue;
            if (rune.IsBmp && StaticSite.Markdown.Anchors.LatinFolding.Fold((char)rune.Value) is { } ascii) folded.Append(ascii);
            else folded.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return folded.ToString();
    }

    // The rule as search.js states it: cut at every character that is neither a letter (\p{L}) nor a number (\p{N}).
    private static List<string> ByTheRule(string folded)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in folded.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
                or UnicodeCategory.OtherNumber)
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    [Theory]
    [InlineData("Plain words, and 42 numbers.")]
    [InlineData("“Curly quotes” — and an em dash’s apostrophe")]
    [InlineData("Ærøskøbing, Straße, Þórr and œuvre: folded by the table")]
    [InlineData("Cafe\u0301 with a combining accent, and İstanbul")]
    [InlineData("Emoji 😀 between words, a 𝒳 letter outside the BMP")]
    [InlineData("an unpaired \ud800 surrogate and \udc00 another")]
    [InlineData("")]
    [InlineData("   ")]
    public void WordsOnTheCharacters_AreTheWordsOfTheString_AndOfTheRule(string text)
    {
        Assert.Equal(FoldedByTheTable(text), SearchWords.Fold(text));
        Assert.Equal(SearchWords.Of(text), OnCharacters(text));
        Assert.Equal(ByTheRule(FoldedByTheTable(text)), OnCharacters(text));
    }

    [Fact]
    public void AnyText_HasTheSameWordsOnItsCharactersAsInItsString_AndByTheRule() =>
        Gen.String[Gen.Char, 0, 40].Sample(text =>
        {
            Assert.Equal(FoldedByTheTable(text), SearchWords.Fold(text));
            Assert.Equal(SearchWords.Of(text), OnCharacters(text));
            Assert.Equal(ByTheRule(FoldedByTheTable(text)), OnCharacters(text));
        }, iter: 2000);
}

using System.Text;
using StaticSite.Markdown;

namespace StaticSite.Tests.Markdown;

/// <summary>A turn's excerpt, found once while parsing: its first 40 words, without the punctuation before the cut.</summary>
public sealed class TextExcerptTests
{
    private static (string Words, bool IsCut) Excerpt(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var excerpt = TextExcerpt.Of(utf8);
        return (Encoding.UTF8.GetString(utf8, excerpt.Start, excerpt.Length), excerpt.IsCut);
    }

    [Fact]
    public void ShortText_IsWholeAndNotCut() => Assert.Equal(("Just a few words.", false), Excerpt(" Just a few words. "));

    [Fact]
    public void ExactlyFortyWords_AreNotCut()
    {
        var text = string.Join(' ', Enumerable.Range(1, TextExcerpt.Words).Select(i => $"w{i}"));
        Assert.Equal((text, false), Excerpt(text));
    }

    [Fact]
    public void LongText_StopsAfterFortyWordsWithoutTrailingPunctuation()
    {
        var words = Enumerable.Range(1, 60).Select(i => i == TextExcerpt.Words ? "l’été," : $"mot{i}").ToList();
        var (excerpt, isCut) = Excerpt(string.Join(' ', words));
        Assert.True(isCut);
        Assert.Equal(string.Join(' ', words.Take(TextExcerpt.Words)).TrimEnd(','), excerpt);
        Assert.EndsWith("l’été", excerpt);
    }

    [Theory]
    [InlineData(80, true)]
    [InlineData(81, false)]
    public void ATurnUnderTwiceAnExcerptsWords_IsShort(int words, bool isShort) =>
        Assert.Equal(isShort, TextExcerpt.Of(Encoding.UTF8.GetBytes(string.Join(' ', Enumerable.Repeat("w", words)))).IsShort);
}

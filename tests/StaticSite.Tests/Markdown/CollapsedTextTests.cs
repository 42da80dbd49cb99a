using CsCheck;
using StaticSite.Markdown;

namespace StaticSite.Tests.Markdown;

/// <summary>
/// Text appended piece by piece comes out as its words joined by single spaces, whatever whitespace
/// (any that char.IsWhiteSpace knows) separates them and however the pieces cut it: words already
/// joined by single spaces are copied in whole, everything else goes through the character loop.
/// </summary>
public sealed class CollapsedTextTests
{
    private static readonly string[] _pieces = ["word", "é", "two words", " ", "  ", "\t", "\n", "\u00A0", "\u2003", "a\u3000b", "x y z", "", "."];

    [Theory]
    [InlineData(new[] { "one two", "three" }, "one twothree")]
    [InlineData(new[] { "one two", " ", "three" }, "one two three")]
    [InlineData(new[] { " lead", "trail ", "end" }, "leadtrail end")]
    [InlineData(new[] { "a\u00A0b", "c  d" }, "a bc d")]
    public void Pieces_AreCollapsed(string[] pieces, string expected)
    {
        using var text = new CollapsedText(0);
        foreach (var piece in pieces) text.Append(piece);
        Assert.Equal(expected, text.ToString());
    }

    [Fact]
    public void AnyPieces_GiveTheWordsJoinedBySingleSpaces()
    {
        var piece = Gen.Int[0, _pieces.Length - 1].Select(i => _pieces[i]).Array[1, 3].Select(string.Concat);
        piece.Array[0, 12].Sample(pieces =>
        {
            using var text = new CollapsedText(4);
            foreach (var p in pieces) text.Append(p);
            var words = string.Concat(pieces).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(' ', words), text.ToString());
        });
    }
}

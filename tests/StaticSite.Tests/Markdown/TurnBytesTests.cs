using System.Text;
using CsCheck;
using StaticSite.Markdown;

namespace StaticSite.Tests.Markdown;

/// <summary>A transcript's turns' UTF-8 is exactly what Encoding.UTF8 makes of each piece, before and after it is sealed into its own array.</summary>
public sealed class TurnBytesTests
{
    private static readonly string[] _pieces = ["a", "<p>", "é", "€", "😀", "\uD83D", "\uDE00", " ", new string('x', 5000)];

    [Fact]
    public void AnyPieces_AreTheirUtf8_ReadBeforeAndKeptAfterSealing()
    {
        var piece = Gen.Int[0, _pieces.Length - 1].Select(i => _pieces[i]).Array[0, 6].Select(string.Concat);
        piece.Array[0, 40].Sample(pieces =>
        {
            var bytes = new TurnBytes();
            var ranges = pieces.Select((text, i) => i % 2 == 0 ? bytes.Append(text) : bytes.Append(new StringBuilder(text))).ToList();
            for (var i = 0; i < pieces.Length; i++) Assert.Equal(Encoding.UTF8.GetBytes(pieces[i]), bytes.Span(ranges[i]).ToArray());
            bytes.Seal();
            for (var i = 0; i < pieces.Length; i++) Assert.Equal(Encoding.UTF8.GetBytes(pieces[i]), bytes.Memory(ranges[i]).ToArray());
        });
    }

    [Fact]
    public void BytesAreKept_OnlyOnceSealed_AndNothingIsAddedAfter()
    {
        var bytes = new TurnBytes();
        var range = bytes.Append("kept");
        Assert.Throws<InvalidOperationException>(() => bytes.Memory(range));
        bytes.Seal();
        Assert.Equal("kept"u8.ToArray(), bytes.Memory(range).ToArray());
        Assert.Throws<InvalidOperationException>(() => bytes.Append("more"));
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CsCheck;
using StaticSite.Rendering;

namespace StaticSite.Tests.Rendering;

/// <summary>
/// A page is kept as UTF-8 while it is written: it must come out exactly as the characters written, with the UTF-8
/// copied in decoded among them, encoded at once by UTF8Encoding (lone surrogates as U+FFFD, pairs split across writes joined).
/// </summary>
public sealed class Utf8PageBufferTests
{
    private static readonly string[] _pieces = ["a", "<p>", "é", "€", "😀", "\uD83D", "\uDE00", "\uD83D\uDE00", "\uDE00\uD83D", "&", " "];

    [Fact]
    public void ASurrogatePairSplitAcrossWrites_IsOneCharacter()
    {
        var page = new Utf8PageBuffer();
        page.Write("x\uD83D");
        page.Write('\uDE00');
        Assert.Equal(Encoding.UTF8.GetBytes("x😀"), page.WrittenSpan.ToArray());
    }

    [Fact]
    public void ALoneSurrogate_IsTheReplacementCharacter()
    {
        var page = new Utf8PageBuffer();
        page.Write("\uD83D");
        page.WriteUtf8("<b>"u8);
        page.Write("\uDE00 end\uD83D");
        Assert.Equal("\uFFFD<b>\uFFFD end\uFFFD", Encoding.UTF8.GetString(page.WrittenSpan));
    }

    [Fact]
    public void EncodedUtf8_IsWhatTheEncoderMakesOfTheText()
    {
        var encoder = HtmlEncoder.Create(UnicodeRanges.All);
        var page = new Utf8PageBuffer();
        page.WriteEncodedUtf8(Encoding.UTF8.GetBytes("Tom & \"Jerry\" <3 l’été"), encoder);
        Assert.Equal(encoder.Encode("Tom & \"Jerry\" <3 l’été"), Encoding.UTF8.GetString(page.WrittenSpan));
    }

    [Fact]
    public void ALongWrite_CrossesChunksIntact()
    {
        var text = string.Concat(Enumerable.Repeat("ab😀", 20_000)) + "\uD83D";
        var page = new Utf8PageBuffer();
        page.Write(text);
        page.Write("\uDE00");
        Assert.Equal(Encoding.UTF8.GetBytes(text + "\uDE00"), page.WrittenSpan.ToArray());
    }

    [Fact]
    public void Reset_StartsAnEmptyPage()
    {
        var page = new Utf8PageBuffer();
        page.Write("old\uD83D");
        page.Reset();
        page.Write("\uDE00new");
        Assert.Equal(Encoding.UTF8.GetBytes("\uDE00new"), page.WrittenSpan.ToArray());
    }

    // Any mix of writes: characters one at a time or as strings, and UTF-8 copied in.
    [Fact]
    public void RandomWrites_MatchUtf8EncodingOfTheWholeText()
    {
        var piece = Gen.Int[0, _pieces.Length - 1].Select(i => _pieces[i]).Array[1, 4].Select(string.Concat);
        Gen.Select(piece, Gen.Int[0, 2]).Array[0, 20].Sample(writes =>
        {
            var page = new Utf8PageBuffer();
            var expected = new StringBuilder();
            foreach (var (text, kind) in writes)
            {
                switch (kind)
                {
                    case 0:
                        page.Write(text);
                        expected.Append(text);
                        break;
                    case 1:
                        foreach (var c in text) page.Write(c);
                        expected.Append(text);
                        break;
                    default:
                        var utf8 = Encoding.UTF8.GetBytes(text);
                        page.WriteUtf8(utf8);
                        expected.Append(Encoding.UTF8.GetString(utf8));
                        break;
                }
            }
            Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), page.WrittenSpan.ToArray());
        });
    }
}

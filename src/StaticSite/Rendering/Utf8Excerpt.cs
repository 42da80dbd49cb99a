using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace StaticSite.Rendering;

/// <summary>
/// A turn's excerpt (<see cref="ViewFactory.ExcerptOf"/>) as a template value: it points into the
/// turn's UTF-8 text and is cut, decoded and HTML-encoded only while its page is written. Topic,
/// speaker and term pages show every turn this way; as strings they cost 130 MB per build at
/// 1,000 transcripts.
/// </summary>
public sealed class Utf8Excerpt(ReadOnlyMemory<byte> utf8Text) : TextValue
{
    public override string ToStringValue() => ViewFactory.Excerpt(utf8Text.Span);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        var words = ViewFactory.ExcerptOf(utf8Text.Span, out var cut);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(words.Length, 1));
        try
        {
            encoder.Encode(writer, chars, 0, Encoding.UTF8.GetChars(words, chars));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
        if (cut) encoder.Encode(writer, "…");
        return ValueTask.CompletedTask;
    }
}

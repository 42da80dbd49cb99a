using System.Globalization;
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
        WriteUtf8(ViewFactory.ExcerptOf(utf8Text.Span, out var cut), writer, encoder);
        if (cut) encoder.Encode(writer, "…");
        return ValueTask.CompletedTask;
    }
}

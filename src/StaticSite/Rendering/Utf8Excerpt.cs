using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace StaticSite.Rendering;

/// <summary>
/// A turn's excerpt (<see cref="Markdown.TextExcerpt"/>) as a template value: it points into the
/// turn's UTF-8 text and is decoded and HTML-encoded only while its page is written. Topic,
/// speaker and term pages show every turn this way, so as strings they were a large part of a
/// build's allocations.
/// </summary>
public sealed class Utf8Excerpt(ReadOnlyMemory<byte> words, bool isCut) : TextValue
{
    public override string ToStringValue() => isCut ? Encoding.UTF8.GetString(words.Span) + "…" : Encoding.UTF8.GetString(words.Span);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        WriteUtf8(words.Span, writer, encoder);
        if (isCut) encoder.Encode(writer, "…");
        return ValueTask.CompletedTask;
    }
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace StaticSite.Rendering;

/// <summary>
/// A turn's excerpt (<see cref="ViewFactory.ExcerptOf"/>) as a template value: it points into the
/// turn's UTF-8 text and is cut, decoded and HTML-encoded only while its page is written. Topic,
/// speaker and term pages show every turn this way; as strings they cost 130 MB per build at
/// 1,000 transcripts.
/// </summary>
public sealed class Utf8Excerpt(ReadOnlyMemory<byte> utf8Text) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => ViewFactory.Excerpt(utf8Text.Span);

    public override object ToObjectValue() => ToStringValue();

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

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}

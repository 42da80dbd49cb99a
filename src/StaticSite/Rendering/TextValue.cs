using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace StaticSite.Rendering;

/// <summary>
/// A template value that is text to Liquid (compared, filtered and tested as a string) but is
/// written to the page its own way: the page's content, a turn's UTF-8 HTML, an excerpt.
/// A string of it is made only when a template asks for one.
/// </summary>
public abstract class TextValue : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override object ToObjectValue() => ToStringValue();

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);

    /// <summary>Writes UTF-8 text: as it is when <paramref name="encoder"/> is null, else HTML-encoded.</summary>
    protected static void WriteUtf8(ReadOnlySpan<byte> utf8, TextWriter writer, TextEncoder? encoder)
    {
        if (writer is Utf8PageBuffer page)
        {
            // A page being written: the bytes go in as they are (or encoded as bytes), never decoded.
            if (encoder is null) page.WriteUtf8(utf8);
            else page.WriteEncodedUtf8(utf8, encoder);
            return;
        }
        // Any other writer (a string a layout asked for): decoded into a rented array.
        // UTF-8 never needs more chars than bytes, so one rented array holds the whole decoded text.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(utf8.Length, 1));
        try
        {
            var count = Encoding.UTF8.GetChars(utf8, chars);
            if (encoder is null) writer.Write(chars.AsSpan(0, count));
            else encoder.Encode(writer, chars, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}

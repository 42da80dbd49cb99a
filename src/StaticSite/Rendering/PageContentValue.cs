using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace StaticSite.Rendering;

/// <summary>
/// <c>content</c> in base.liquid: the page's HTML, written straight from the buffer its layout
/// rendered into. It is HTML by definition, so it is never encoded (as in Jekyll); making it a
/// string first copied every page once more (measured: 450 MB for 1,000 transcripts).
/// </summary>
internal sealed class PageContentValue(CharBuffer html) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => html.ToString();

    public override object ToObjectValue() => ToStringValue();

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        writer.Write(html.WrittenSpan);
        return ValueTask.CompletedTask;
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}

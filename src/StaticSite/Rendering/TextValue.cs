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
}

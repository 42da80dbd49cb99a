using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace StaticSite.Rendering;

/// <summary>
/// HTML kept as UTF-8 (a turn's body, a page's JSON-LD) and written into the page being rendered
/// without becoming a string first, since decoding each turn and serializing JSON-LD through
/// strings were among a large build's largest allocations.
/// HTML by definition, so it is never encoded; <c>| raw</c> passes it through (see <see cref="LayoutSet"/>).
/// </summary>
public sealed class Utf8Html(ReadOnlyMemory<byte> utf8) : TextValue
{
    public ReadOnlyMemory<byte> Utf8 => utf8;

    // `!= blank` and `!= empty` (as _passage.liquid asks) compare with "" without decoding the HTML.
    public override bool Equals(FluidValue other) => other switch
    {
        Utf8Html html => html.Utf8.Span.SequenceEqual(utf8.Span),
        BlankValue or EmptyValue => utf8.IsEmpty,
        _ => other.ToStringValue() == ToStringValue(),
    };

    public override string ToStringValue() => Encoding.UTF8.GetString(utf8.Span);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        WriteUtf8(utf8.Span, writer, encoder: null);
        return ValueTask.CompletedTask;
    }
}

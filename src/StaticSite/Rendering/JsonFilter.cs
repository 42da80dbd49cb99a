using System.Globalization;
using System.Text;
using System.Text.Json;
using Fluid;
using Fluid.Values;

namespace StaticSite.Rendering;

/// <summary>
/// Liquid's <c>json</c> filter (<c>{{ page | json }}</c>, <c>{{ x | json: true }}</c> indented), written without
/// reflection: Fluid's own serializes objects by reflection, which the published tool (compiled ahead of time) does
/// not have. A view is written as the members a layout reads, by the same snake_case names.
/// </summary>
internal static class JsonFilter
{
    // Views point at views (a page at its transcripts, a transcript at its speakers…); deeper than this is written as null.
    private const int MaxDepth = 12;

    public static async ValueTask<FluidValue> Apply(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = arguments.At(0).ToBooleanValue() }))
        {
            await Write(writer, input, context, depth: 0).ConfigureAwait(false);
        }
        return new StringValue(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static async ValueTask Write(Utf8JsonWriter writer, FluidValue value, TemplateContext context, int depth)
    {
        if (depth > MaxDepth)
        {
            writer.WriteNullValue();
            return;
        }
        switch (value.Type)
        {
            case FluidValues.Nil:
                writer.WriteNullValue();
                break;
            case FluidValues.Boolean:
                writer.WriteBooleanValue(value.ToBooleanValue());
                break;
            case FluidValues.Number:
                writer.WriteNumberValue(value.ToNumberValue());
                break;
            case FluidValues.DateTime:
                writer.WriteStringValue(value.ToObjectValue() is DateTimeOffset date ? date.ToString("O", CultureInfo.InvariantCulture) : value.ToStringValue());
                break;
            case FluidValues.Array:
                writer.WriteStartArray();
                foreach (var item in value.Enumerate(context)) await Write(writer, item, context, depth + 1).ConfigureAwait(false);
                writer.WriteEndArray();
                break;
            case FluidValues.Dictionary when value.ToObjectValue() is IFluidIndexable dictionary:
                writer.WriteStartObject();
                foreach (var key in dictionary.Keys)
                {
                    writer.WritePropertyName(key);
                    await Write(writer, dictionary.TryGetValue(key, out var item) ? item : NilValue.Instance, context, depth + 1).ConfigureAwait(false);
                }
                writer.WriteEndObject();
                break;
            case FluidValues.Object when TemplateMembers.NamesOf(value.ToObjectValue().GetType()) is { } names:
                writer.WriteStartObject();
                foreach (var name in names)
                {
                    writer.WritePropertyName(name);
                    await Write(writer, await value.GetValueAsync(name, context).ConfigureAwait(false), context, depth + 1).ConfigureAwait(false);
                }
                writer.WriteEndObject();
                break;
            case FluidValues.Object or FluidValues.Dictionary:
                writer.WriteNullValue();
                break;
            default:
                writer.WriteStringValue(value.ToStringValue());
                break;
        }
    }
}

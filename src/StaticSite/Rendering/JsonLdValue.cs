using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace StaticSite.Rendering;

/// <summary>
/// A page's schema.org JSON-LD as a template value: serialized straight into the page while it is
/// written (a transcript's is as long as the transcript), never held on its own. Held, each one was
/// serialized into a thread's buffer and then copied out at its final size. JSON, safe inside a script element, so it is never HTML-encoded.
/// </summary>
public sealed class JsonLdValue(Action<Utf8JsonWriter> write) : TextValue
{
    /// <summary>Escapes &lt;, &gt;, &amp; and quotes (so "&lt;/script&gt;" cannot close the element) but leaves other text readable.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // One writer per thread, pointed at each page in turn: pages are written one at a time on a thread.
    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    public override string ToStringValue()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Serialize(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (writer is Utf8PageBuffer page) Serialize(page);
        else writer.Write(ToStringValue());
        return ValueTask.CompletedTask;
    }

    private void Serialize(IBufferWriter<byte> output)
    {
        var json = _writer ??= new Utf8JsonWriter(output, Options);
        json.Reset(output);
        write(json);
        json.Flush();
        json.Reset(); // lets go of the page
    }
}

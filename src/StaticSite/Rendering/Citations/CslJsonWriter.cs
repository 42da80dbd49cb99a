using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace StaticSite.Rendering.Citations;

/// <summary>
/// CSL-JSON (the Citation Style Language's data format, read by Zotero, Pandoc and citeproc): an
/// array of one item of type "interview". System.Text.Json escapes the strings.
/// </summary>
public static class CslJsonWriter
{
    private static readonly JsonWriterOptions _indented = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly JsonWriterOptions _compact = _indented with { Indented = false };

    /// <summary>Indented for the file; compact where it is shown on a page beside other citations.</summary>
    public static string Write(CitedWork work, bool indented = true)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, indented ? _indented : _compact))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", work.Key);
            json.WriteString("type", "interview");
            json.WriteString("title", work.Title);
            json.WriteStartArray("author");
            foreach (var author in work.Authors)
            {
                json.WriteStartObject();
                if (author.IsLiteral) json.WriteString("literal", author.Full);
                else
                {
                    json.WriteString("family", author.Family);
                    json.WriteString("given", author.Given);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(work.Date.Year);
            json.WriteNumberValue(work.Date.Month);
            json.WriteNumberValue(work.Date.Day);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("publisher", work.Publisher);
            json.WriteString("genre", work.Genre);
            json.WriteString("URL", work.Url);
            json.WriteString("language", work.Language);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>
/// A transcript as plain text and as JSON, beside its page, so that others can reuse the annotated
/// transcript: every turn with its speaker, text, anchor and topics. Rendered when written.
/// </summary>
public static class TranscriptExports
{
    private static readonly JsonWriterOptions _json = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Document Text(Transcript transcript, ViewFactory views, string source) =>
        Document.Deferred(source, views.Urls.Destination(views.Urls.TranscriptText(transcript.Slug)), output =>
        {
            var header = transcript.Header;
            output.Write(header.Title);
            output.Write('\n');
            output.Write(string.Join(", ", new[] { header.SourceName, ViewFactory.DateDisplay(header.Date) }.OfType<string>()));
            output.Write('\n');
            output.Write(views.Absolute(transcript.Url));
            output.Write("\n\n");
            foreach (var turn in transcript.Turns)
            {
                output.Write(turn.Speaker.Name.ToUpperInvariant());
                output.Write(": ");
                output.Write(turn.Item.Text);
                output.Write("\n\n");
            }
            return true;
        });

    public static Document Json(Transcript transcript, ViewFactory views, string source) =>
        Document.Deferred(source, views.Urls.Destination(views.Urls.TranscriptJson(transcript.Slug)), output =>
        {
            var header = transcript.Header;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, _json))
            {
                json.WriteStartObject();
                json.WriteString("title", header.Title);
                json.WriteString("date", ViewFactory.DateIso(header.Date));
                json.WriteString("url", views.Absolute(transcript.Url));
                if (header.SourceName is { } name) json.WriteString("source", name);
                if (header.SourceUrl is { } url) json.WriteString("source_url", url);
                json.WriteStartArray("speakers");
                foreach (var speaker in header.Speakers.Where(s => views.Model.Registries.Speakers.ContainsKey(s.Id)))
                {
                    json.WriteStartObject();
                    json.WriteString("id", speaker.Id);
                    json.WriteString("name", views.Model.Registries.Speakers[speaker.Id].Name);
                    if (speaker.Role is { } role) json.WriteString("role", role);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("turns");
                foreach (var turn in transcript.Turns)
                {
                    json.WriteStartObject();
                    json.WriteString("anchor", turn.Item.Anchor);
                    json.WriteString("url", views.Absolute(turn.Url));
                    json.WriteString("speaker", turn.Speaker.Id);
                    json.WriteString("speaker_name", turn.Speaker.Name);
                    json.WriteNumber("exchange", turn.Exchange.Index + 1);
                    json.WriteStartArray("topics");
                    foreach (var topic in turn.Exchange.Topics) json.WriteStringValue(topic.Id);
                    json.WriteEndArray();
                    json.WriteString("text", turn.Item.Text);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            output.Write('\n');
            return true;
        });
}

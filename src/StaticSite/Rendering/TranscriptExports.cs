using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticSite.Markdown.Turns;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>
/// A transcript as plain text and as JSON (and, with a recording, as WebVTT captions), beside its page, so that others can reuse the annotated
/// transcript: every turn with its speaker, text, anchor and topics. Written as UTF-8 straight into
/// their files when the site is written, from the turns' UTF-8 text.
/// </summary>
public static class TranscriptExports
{
    private static readonly JsonWriterOptions _json = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Document Text(Transcript transcript, ViewFactory views, string source) =>
        Document.DeferredBytes(source, views.Urls.Destination(views.Urls.TranscriptText(transcript.Slug)), output =>
        {
            // Made in the thread's buffer, then written in one call: the file is written unbuffered.
            var text = Buffer();
            var header = transcript.Header;
            Encoding.UTF8.GetBytes(header.Title, text);
            text.Write("\n"u8);
            Encoding.UTF8.GetBytes(string.Join(", ", new[] { header.SourceName, ViewFactory.DateDisplay(header.Date) }.OfType<string>()), text);
            text.Write("\n"u8);
            Encoding.UTF8.GetBytes(views.Absolute(transcript.Url), text);
            text.Write("\n\n"u8);
            foreach (var turn in transcript.Turns)
            {
                Encoding.UTF8.GetBytes(turn.Speaker.Name.ToUpperInvariant(), text);
                text.Write(": "u8);
                text.Write(turn.Item.TextUtf8);
                text.Write("\n\n"u8);
            }
            output.Write(text.WrittenSpan);
            return true;
        });

    public static Document Json(Transcript transcript, ViewFactory views, string source) =>
        Document.DeferredBytes(source, views.Urls.Destination(views.Urls.TranscriptJson(transcript.Slug)), output =>
        {
            var header = transcript.Header;
            var buffer = Buffer();
            var json = _jsonWriter ??= new Utf8JsonWriter(buffer, _json);
            json.Reset(buffer);
            json.WriteStartObject();
            json.WriteString("title", header.Title);
            // The id for programs, the label for people, as a turn has "speaker" and "speaker_name".
            json.WriteString("kind", transcript.Kind.Id);
            json.WriteString("kind_label", transcript.Kind.Singular);
            json.WriteString("date", ViewFactory.DateIso(header.Date));
            json.WriteString("url", views.Absolute(transcript.Url));
            if (header.SourceName is { } name) json.WriteString("source", name);
            if (header.SourceUrl is { } url) json.WriteString("source_url", url);
            if (header.Media is { } media)
            {
                json.WriteStartObject("media");
                json.WriteString("url", media.ExternalUrl ?? views.Absolute(views.Urls.File("assets/" + media.Asset)));
                json.WriteString("type", media.Type);
                if (media.Duration is { } duration) json.WriteNumber("duration", duration);
                json.WriteEndObject();
            }
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
                if (turn.Exchange is { } exchange) json.WriteNumber("exchange", exchange.Index + 1);
                else json.WriteNull("exchange"); // a moderator's turn
                if (turn.Item.Time is { } time)
                {
                    json.WriteNumber("start", time.Seconds);
                    json.WriteString("time", Timecode.Display(time.Seconds));
                }
                json.WriteStartArray("topics");
                foreach (var topic in turn.Exchange?.Topics ?? []) json.WriteStringValue(topic.Id);
                json.WriteEndArray();
                json.WriteString("text", turn.Item.TextUtf8);
                json.WriteEndObject();
                // The writer keeps everything until flushed: hand it to the file a few turns at a time.
                if (json.BytesPending > 16 * 1024) WriteOut(json, buffer, output);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            WriteOut(json, buffer, output);
            output.WriteByte((byte)'\n');
            return true;
        });

    /// <summary>
    /// The captions of a transcript with a recording: one cue per timed turn, from its time to the next
    /// later one (the last to the recording's end, or a minute on when its duration is not given), the
    /// speaker as a voice span and the turn's anchor as the cue's id.
    /// </summary>
    public static Document WebVtt(Transcript transcript, ViewFactory views, string source) =>
        Document.DeferredBytes(source, views.Urls.Destination(views.Urls.TranscriptVtt(transcript.Slug)), output =>
        {
            var text = Buffer();
            text.Write("WEBVTT\n"u8);
            var timed = transcript.Turns.Where(t => t.Item.Time is not null).ToList();
            for (var i = 0; i < timed.Count; i++)
            {
                var turn = timed[i];
                var start = turn.Item.Time!.Seconds;
                var end = timed.Skip(i + 1).Select(t => t.Item.Time!.Seconds).FirstOrDefault(s => s > start, 0);
                if (end <= start) end = transcript.Header.Media?.Duration is { } duration && duration > start ? duration : start + 60;
                Encoding.UTF8.GetBytes($"\n{turn.Item.Anchor}\n{Timecode.WebVtt(start)} --> {Timecode.WebVtt(end)}\n<v {CueText(turn.Speaker.Name)}>", text);
                Encoding.UTF8.GetBytes(CueText(turn.Item.Text), text);
                text.Write("\n"u8);
            }
            output.Write(text.WrittenSpan);
            return true;
        });

    // Cue text is markup: '&', '<' and '>' are escaped, which also keeps "-->" out of it.
    private static string CueText(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static void WriteOut(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream output)
    {
        json.Flush();
        output.Write(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }

    // One buffer per thread for both exports (a thread writes one file at a time), emptied for each file.
    private static ArrayBufferWriter<byte> Buffer()
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        return buffer;
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    // The JSON writer the thread reuses: a writer made for each file grew a buffer of its own to the flush size.
    [ThreadStatic]
    private static Utf8JsonWriter? _jsonWriter;
}

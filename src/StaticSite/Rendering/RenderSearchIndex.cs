using System.Text.Encodings.Web;
using System.Text.Json;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>
/// /search-index.json, what the search page's script searches: one object of arrays of arrays, so
/// that a name or title repeated on thousands of turns is written once and referred to by index.
/// URLs are relative to the base path (the script prefixes it), so one index serves any base path.
/// <code>
/// speakers:    [name, role, url]
/// transcripts: [title, url]
/// topics:      [title, url]
/// terms:       [title, [alias…], definition, url]
/// turns:       [transcript, speaker, anchor, [topic…], text]   (indexes into the tables above; the URL is the transcript's + "#" + anchor)
/// </code>
/// Not indented, and in the model's stable order, so the same input gives the same bytes.
/// </summary>
public sealed class RenderSearchIndex : IModule
{
    // A .json file fetched by script, never inlined in HTML: no need to escape <, > or &, only what JSON requires.
    private const int Chunk = 64 * 1024;

    private static readonly JsonWriterOptions _json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var urls = context.Urls();
        var model = context.Model;
        var views = context.Views();
        // Written as UTF-8 straight into its file: the index of a large site is tens of megabytes, and never needs to be whole in memory.
        yield return Document.DeferredBytes("", urls.Destination(urls.SearchIndex), output =>
        {
            using (var json = new Utf8JsonWriter(output, _json))
            {
                Write(json, model, urls, views, () =>
                {
                    if (json.BytesPending >= Chunk) json.Flush();
                });
            }
            output.WriteByte((byte)'\n');
            return true;
        });
    }

    private static void Write(Utf8JsonWriter json, SiteModel model, SiteUrls urls, ViewFactory views, Action afterTurn)
    {
        string Relative(string url) => url[urls.BasePath.Length..];
        var speakers = model.Speakers;
        var topics = model.Topics;
        var speakerIndex = Indexes(speakers.Select(s => s.Id));
        var topicIndex = Indexes(topics.Select(t => t.Id));
        json.WriteStartObject();

        json.WriteStartArray("speakers");
        foreach (var speaker in speakers)
            Row(json, speaker.Name, speaker.Role ?? "", Relative(views.SpeakerUrl(speaker)));
        json.WriteEndArray();

        json.WriteStartArray("transcripts");
        foreach (var transcript in model.Transcripts)
            Row(json, transcript.Header.Title, Relative(transcript.Url));
        json.WriteEndArray();

        json.WriteStartArray("topics");
        foreach (var topic in topics)
            Row(json, topic.Title, Relative(urls.Topic(topic.Id)));
        json.WriteEndArray();

        json.WriteStartArray("terms");
        foreach (var term in model.Terms)
        {
            json.WriteStartArray();
            json.WriteStringValue(term.Title);
            json.WriteStartArray();
            foreach (var alias in term.Aliases) json.WriteStringValue(alias);
            json.WriteEndArray();
            json.WriteStringValue(views.PlainDefinition(term));
            json.WriteStringValue(Relative(urls.Term(term.Id)));
            json.WriteEndArray();
        }
        json.WriteEndArray();

        json.WriteStartArray("turns");
        for (var t = 0; t < model.Transcripts.Count; t++)
        {
            foreach (var turn in model.Transcripts[t].Turns)
            {
                if (turn.Exchange is null) continue; // a moderator's turn is no passage of its own
                json.WriteStartArray();
                json.WriteNumberValue(t);
                json.WriteNumberValue(speakerIndex[turn.Speaker.Id]);
                json.WriteStringValue(turn.Item.Anchor);
                json.WriteStartArray();
                foreach (var topic in turn.Exchange.Topics) json.WriteNumberValue(topicIndex[topic.Id]);
                json.WriteEndArray();
                json.WriteStringValue(turn.Item.TextUtf8);
                json.WriteEndArray();
                afterTurn();
            }
        }
        json.WriteEndArray();

        json.WriteEndObject();
    }

    private static void Row(Utf8JsonWriter json, params ReadOnlySpan<string> values)
    {
        json.WriteStartArray();
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static Dictionary<string, int> Indexes(IEnumerable<string> ids) =>
        ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
}

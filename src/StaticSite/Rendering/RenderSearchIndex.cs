using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticSite.Markdown.Anchors;
using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering.Search;

namespace StaticSite.Rendering;

/// <summary>
/// /search-index/, what the search page's script searches, as small files fetched only when a query
/// needs them (the index of a large archive is far too big to load whole):
/// <code>
/// manifest.json               {"records":N,"entries":E,"chunk":K,"shards":[first word…],"fold":{letter: ascii…}}
/// w/&lt;n&gt;.json                 a shard: {word: postings}, for every word from its first word up to the next shard's
/// p/&lt;n&gt;.json                 one part of a long posting list, as a string (a shard names the parts: [n…])
/// r/&lt;n&gt;.json                 records n×K … n×K+K-1: entries [transcript's kind ("Interview")|"Topic"|"Speaker"|"Term", title, url],
///                             then passages [speaker, interview, url#anchor, [topic…], text]
/// speaker|topic|interview/&lt;id&gt;.json   {"label":name or title,"postings":…}: the passages of one filter value
/// </code>
/// Postings are strings in <see cref="PostingCode"/>; words are <see cref="SearchWords"/>. URLs are
/// relative to the base path (the script prefixes it), so one index serves any base path. Not indented,
/// and in the model's stable order, so the same input gives the same bytes.
/// </summary>
public sealed class RenderSearchIndex : IModule
{
    // A .json file fetched by script, never inlined in HTML: no need to escape <, > or &, only what JSON requires.
    private static readonly JsonWriterOptions _json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var urls = context.Urls();
        var index = new SearchIndexBuilder(context.Model, urls, context.Views()).Build();
        Document File(string name, Action<Utf8JsonWriter> write) =>
            Document.DeferredBytes("", urls.Destination(urls.SearchIndexFile(name)), output =>
            {
                using (var json = new Utf8JsonWriter(output, _json)) write(json);
                output.WriteByte((byte)'\n');
                return true;
            });

        yield return File("manifest.json", json => Manifest(json, index));
        for (var n = 0; n < index.Shards.Count; n++)
        {
            var shard = index.Shards[n];
            yield return File($"w/{Number(n)}.json", json =>
            {
                json.WriteStartObject();
                foreach (var (word, value) in shard.Words)
                {
                    json.WritePropertyName(word);
                    Postings(json, value);
                }
                json.WriteEndObject();
            });
        }
        for (var n = 0; n < index.Parts.Count; n++)
        {
            var part = index.Parts[n];
            yield return File($"p/{Number(n)}.json", json => json.WriteStringValue(part));
        }
        for (var n = 0; n < index.Chunks; n++)
        {
            var chunk = n;
            yield return File($"r/{Number(n)}.json", json => Records(json, index, chunk, urls));
        }
        foreach (var filter in index.Filters)
        {
            yield return File(filter.Path, json =>
            {
                json.WriteStartObject();
                json.WriteString("label", filter.Label);
                json.WritePropertyName("postings");
                Postings(json, filter.Passages);
                json.WriteEndObject();
            });
        }
    }

    private static void Manifest(Utf8JsonWriter json, ShardedSearchIndex index)
    {
        json.WriteStartObject();
        json.WriteNumber("records", index.Records);
        json.WriteNumber("entries", index.Entries.Count);
        json.WriteNumber("chunk", SearchIndexBuilder.ChunkRecords);
        json.WriteStartArray("shards");
        foreach (var shard in index.Shards) json.WriteStringValue(shard.FirstWord);
        json.WriteEndArray();
        json.WriteStartObject("fold");
        foreach (var (letter, ascii) in LatinFolding.All) json.WriteString(letter.ToString(), ascii);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Postings(Utf8JsonWriter json, PostingValue value)
    {
        if (value.Inline is { } inline)
        {
            json.WriteStringValue(inline);
            return;
        }
        json.WriteStartArray();
        foreach (var part in value.Parts) json.WriteNumberValue(part);
        json.WriteEndArray();
    }

    private static void Records(Utf8JsonWriter json, ShardedSearchIndex index, int chunk, SiteUrls urls)
    {
        string Relative(string url) => url[urls.BasePath.Length..];
        json.WriteStartArray();
        var first = chunk * SearchIndexBuilder.ChunkRecords;
        for (var id = first; id < Math.Min(first + SearchIndexBuilder.ChunkRecords, index.Records); id++)
        {
            json.WriteStartArray();
            if (id < index.Entries.Count)
            {
                var entry = index.Entries[id];
                json.WriteStringValue(entry.Kind);
                json.WriteStringValue(entry.Title);
                json.WriteStringValue(entry.Url);
            }
            else
            {
                var (turn, exchange) = index.Passages[id - index.Entries.Count];
                json.WriteStringValue(turn.Speaker.Name);
                json.WriteStringValue(turn.Transcript.Header.Title);
                json.WriteStringValue(Relative(turn.Url));
                json.WriteStartArray();
                foreach (var topic in exchange.Topics) json.WriteStringValue(topic.Title);
                json.WriteEndArray();
                json.WriteStringValue(turn.Item.TextUtf8);
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

using System.Text.Json;

namespace StaticSite.Benchmarks.SearchSize;

/// <summary>
/// Reads a built site's sharded search index the way theme/assets/js/search.js does, written apart from
/// the build's code so that a measurement or a test checks the files, not the build against itself.
/// StaticSite.Tests compiles it in too.
/// </summary>
public sealed class SearchIndexReader(string output)
{
    private const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public string Folder { get; } = Path.Combine(output, "search-index");

    public JsonElement Manifest => Json("manifest.json");

    public int Entries => Manifest.GetProperty("entries").GetInt32();

    public int Records => Manifest.GetProperty("records").GetInt32();

    public IReadOnlyList<string> Shards => [.. Manifest.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!)];

    public JsonElement Json(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, path)));
        return document.RootElement.Clone();
    }

    public long Size(string path) => new FileInfo(Path.Combine(Folder, path)).Length;

    /// <summary>The shard file whose word range holds the word: the last whose first word sorts at or before it.</summary>
    public string ShardOf(string word)
    {
        var shards = Shards;
        var n = shards.Count - 1;
        while (n > 0 && string.CompareOrdinal(shards[n], word) > 0) n--;
        return $"w/{n}.json";
    }

    /// <summary>Record id → count of the word's postings (empty when the word is not indexed).</summary>
    public IReadOnlyDictionary<int, int> Postings(string word) =>
        Json(ShardOf(word)).TryGetProperty(word, out var value) ? Decode(value) : new Dictionary<int, int>();

    /// <summary>The files a query of exact words fetches before its postings are known: the manifest, their shards and any part files.</summary>
    public IReadOnlyList<string> FilesOf(params string[] words)
    {
        var files = new List<string> { "manifest.json" };
        foreach (var word in words)
        {
            var shard = ShardOf(word);
            files.Add(shard);
            if (Json(shard).TryGetProperty(word, out var value) && value.ValueKind == JsonValueKind.Array)
                files.AddRange(value.EnumerateArray().Select(n => $"p/{n.GetInt32()}.json"));
        }
        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// What the script fetches for a query of exact words before it shows the first results: the manifest,
    /// the words' shards and parts, and the record chunks of the first entries and passages it shows.
    /// </summary>
    public IReadOnlyList<string> FirstResultFiles(IReadOnlyList<string> words, int entriesShown = 12, int passagesShown = 10)
    {
        var postings = words.Select(Postings).ToList();
        var hits = postings[0].Keys.Where(id => postings.All(p => p.ContainsKey(id))).ToList();
        var entries = hits.Where(id => id < Entries).Order().Take(entriesShown);
        var passages = hits.Where(id => id >= Entries).OrderByDescending(id => postings.Sum(p => p[id])).ThenBy(id => id).Take(passagesShown);
        return [.. FilesOf([.. words]).Concat(entries.Concat(passages).Select(ChunkOf)).Distinct(StringComparer.Ordinal)];
    }

    public string ChunkOf(int id) => $"r/{id / Manifest.GetProperty("chunk").GetInt32()}.json";

    public JsonElement Record(int id) => Json(ChunkOf(id))[id % Manifest.GetProperty("chunk").GetInt32()];

    public IReadOnlyDictionary<int, int> Decode(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String) return Decode(value.GetString()!);
        var all = new Dictionary<int, int>();
        foreach (var part in value.EnumerateArray())
        {
            foreach (var (id, count) in Decode(Json($"p/{part.GetInt32()}.json").GetString()!)) all.Add(id, count);
        }
        return all;
    }

    public static Dictionary<int, int> Decode(string text)
    {
        var postings = new Dictionary<int, int>();
        var id = -1;
        for (var i = 0; i < text.Length;)
        {
            long value = 0;
            var shift = 0;
            int digit;
            do
            {
                digit = Digits.IndexOf(text[i++], StringComparison.Ordinal);
                value |= (long)(digit & 31) << shift;
                shift += 5;
            }
            while ((digit & 32) != 0);
            id += (int)(value / 8);
            postings.Add(id, (int)(value % 8));
        }
        return postings;
    }
}

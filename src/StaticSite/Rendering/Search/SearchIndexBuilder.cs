using System.Text;
using StaticSite.Model;

namespace StaticSite.Rendering.Search;

/// <summary>
/// Builds the sharded search index in one pass over the model: each record's words go to their posting
/// lists as the record is numbered, so every list comes out in id order; then the words, sorted once, are
/// cut into shards of about <see cref="ShardTarget"/> bytes, and any list longer than <see cref="PartLimit"/>
/// into part files, so that no file outgrows a bound whatever the size of the archive.
/// </summary>
public sealed class SearchIndexBuilder(SiteModel model, SiteUrls urls, ViewFactory views)
{
    /// <summary>Records per chunk file: a result page fetches one small file per result shown.</summary>
    public const int ChunkRecords = 10;

    /// <summary>A shard closes once it holds this many bytes; its last word adds at most <see cref="PartLimit"/> more.</summary>
    public const int ShardTarget = 32 * 1024;

    /// <summary>The longest posting list written where it is named; a longer one goes to part files of at most this many characters.</summary>
    public const int PartLimit = 64 * 1024;

    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _parts = [];

    public ShardedSearchIndex Build()
    {
        var entries = Entries();
        var passages = new List<SearchPassage>();
        // Every speaker, topic and interview has its file, though it may list no passage.
        var labels = model.Speakers.Select(s => (Path: SearchFilter.PathOf("speaker", s.Id), Label: s.Name))
            .Concat(model.Topics.Select(t => (Path: SearchFilter.PathOf("topic", t.Id), Label: t.Title)))
            .Concat(model.Transcripts.Select(t => (Path: SearchFilter.PathOf("interview", t.Slug), Label: t.Header.Title)))
            .DistinctBy(f => f.Path, StringComparer.Ordinal)
            .ToDictionary(f => f.Path, f => f.Label, StringComparer.Ordinal);
        var filters = new SortedDictionary<string, List<int>>(labels.Keys.ToDictionary(path => path, _ => new List<int>(), StringComparer.Ordinal), StringComparer.Ordinal);
        var speakerWords = model.Speakers.ToDictionary(s => s.Id, s => Words(s.Name), StringComparer.Ordinal);
        var topicWords = model.Topics.ToDictionary(t => t.Id, t => Words(t.Title), StringComparer.Ordinal);
        // Passages are numbered here, in the model's order, so the words of each transcript can be
        // counted on any thread and its posting lists still join the others' in id order.
        var firstIds = new List<(Transcript Transcript, int FirstId)>();
        foreach (var transcript in model.Transcripts)
        {
            firstIds.Add((transcript, entries.Count + passages.Count));
            foreach (var turn in transcript.Turns)
            {
                if (!SearchPassages.Includes(turn, out var exchange)) continue;
                var id = entries.Count + passages.Count;
                passages.Add(new SearchPassage(turn, exchange));
                AddTo(filters[SearchFilter.PathOf("speaker", turn.Speaker.Id)], id);
                AddTo(filters[SearchFilter.PathOf("interview", transcript.Slug)], id);
                foreach (var topic in exchange.Topics) AddTo(filters[SearchFilter.PathOf("topic", topic.Id)], id);
            }
        }
        var byTranscript = Pipeline.OrderedParallel.Map(firstIds, t => TranscriptPostings(t.Transcript, t.FirstId, speakerWords, topicWords));
        foreach (var postings in byTranscript)
        {
            foreach (var (word, list) in postings)
            {
                if (_postings.TryGetValue(word, out var all)) all.AddRange(list);
                else _postings[word] = list;
            }
        }
        var shards = Shards();
        var filterFiles = filters.Select(f => new SearchFilter(f.Key, labels[f.Key], Value(f.Value))).ToList();
        return new ShardedSearchIndex(entries, passages, shards, _parts, filterFiles);
    }

    private List<SearchEntry> Entries()
    {
        string Relative(string url) => url[urls.BasePath.Length..];
        var entries = new List<SearchEntry>();
        void Add(SearchEntry entry, params IEnumerable<string> texts)
        {
            AddRecord(_postings, _counts, entries.Count, [], texts.SelectMany(SearchWords.Of));
            entries.Add(entry);
        }
        foreach (var transcript in model.Transcripts)
            Add(new SearchEntry(KindLabels.Capitalized(transcript.Kind.Singular), transcript.Header.Title, Relative(transcript.Url)), transcript.Header.Title);
        foreach (var topic in model.Topics)
            Add(new SearchEntry("Topic", topic.Title, Relative(urls.Topic(topic.Id))), topic.Title);
        foreach (var speaker in model.Speakers)
            Add(new SearchEntry("Speaker", speaker.Name, Relative(views.SpeakerUrl(speaker))), speaker.Name, speaker.Role ?? "");
        foreach (var term in model.Terms)
            Add(new SearchEntry("Term", term.Title, Relative(urls.Term(term.Id))), [term.Title, .. term.Aliases, views.PlainDefinition(term)]);
        return entries;
    }

    private static string[] Words(string text) => [.. SearchWords.Of(text).Distinct(StringComparer.Ordinal)];

    /// <summary>The posting lists of one transcript's passages, numbered from <paramref name="firstId"/>.</summary>
    /// <remarks>
    /// Counted on the passages' own characters: each word of the transcript is made a string once, however often it is
    /// said, and numbered; a passage counts its words by number. An archive says millions of words.
    /// </remarks>
    private static Dictionary<string, List<int>> TranscriptPostings(
        Transcript transcript, int firstId, Dictionary<string, string[]> speakerWords, Dictionary<string, string[]> topicWords)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var byText = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var lists = new List<List<int>>();
        // Per word number, its count in the passage at hand and the last passage that named it.
        var counts = new List<int>();
        var named = new List<int>();
        var inPassage = new List<int>();
        var titleWords = Words(transcript.Header.Title);
        char[] text = [], folded = [];
        var id = firstId;
        int Number(ReadOnlySpan<char> word)
        {
            if (byText.TryGetValue(word, out var number)) return number;
            number = lists.Count;
            byText[word] = number;
            lists.Add([]);
            counts.Add(0);
            named.Add(-1);
            return number;
        }
        void Name(int number, int count)
        {
            if (named[number] != id)
            {
                named[number] = id;
                inPassage.Add(number);
            }
            counts[number] += count;
        }
        foreach (var turn in transcript.Turns)
        {
            if (!SearchPassages.Includes(turn, out var exchange)) continue;
            var bytes = turn.Item.TextUtf8;
            if (text.Length < bytes.Length) (text, folded) = (new char[bytes.Length], new char[2 * bytes.Length]);
            var length = SearchWords.Fold(text.AsSpan(0, Encoding.UTF8.GetChars(bytes, text)), folded);
            var words = folded.AsSpan(0, length);
            for (var position = 0; SearchWords.NextWord(words, ref position, out var word);) Name(Number(words[word]), 1);
            // A passage is found by the words of its speaker, interview and topics too, though only its own words rank it.
            foreach (var about in speakerWords[turn.Speaker.Id].Concat(titleWords).Concat(exchange.Topics.SelectMany(t => topicWords[t.Id])))
                Name(Number(about), 0);
            foreach (var number in inPassage)
            {
                lists[number].Add(PostingCode.Pack(id, counts[number]));
                counts[number] = 0;
            }
            inPassage.Clear();
            id++;
        }
        return numbers.ToDictionary(p => p.Key, p => lists[p.Value], StringComparer.Ordinal);
    }

    /// <summary>Record <paramref name="id"/> under each of its words: counted ones with how often they occur, the others with 0.</summary>
    private static void AddRecord(Dictionary<string, List<int>> postings, Dictionary<string, int> counts, int id, IEnumerable<string> counted, IEnumerable<string> found)
    {
        counts.Clear();
        foreach (var word in counted) counts[word] = counts.GetValueOrDefault(word) + 1;
        foreach (var word in found) counts.TryAdd(word, 0);
        foreach (var (word, count) in counts)
        {
            if (!postings.TryGetValue(word, out var list)) postings[word] = list = [];
            list.Add(PostingCode.Pack(id, count));
        }
    }

    private static void AddTo(List<int> list, int record)
    {
        // A topic filed twice on one exchange still lists the passage once.
        var packed = PostingCode.Pack(record, 0);
        if (list.Count == 0 || list[^1] != packed) list.Add(packed);
    }

    private List<SearchShard> Shards()
    {
        var words = _postings.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        var shards = new List<SearchShard>();
        List<KeyValuePair<string, PostingValue>>? current = null;
        var bytes = 0;
        foreach (var word in words)
        {
            if (current is null || bytes >= ShardTarget)
            {
                current = [];
                // The first shard starts at "" so that every word, indexed or not, falls in some shard.
                shards.Add(new SearchShard(shards.Count == 0 ? "" : word, current));
                bytes = 0;
            }
            var value = Value(_postings[word]);
            current.Add(new(word, value));
            bytes += Encoding.UTF8.GetByteCount(word) + (value.Inline?.Length ?? 8 * value.Parts.Count) + 6;
        }
        if (shards.Count == 0) shards.Add(new SearchShard("", []));
        return shards;
    }

    private PostingValue Value(List<int> postings)
    {
        var parts = PostingCode.Encode(postings, PartLimit);
        if (parts.Count == 1) return new PostingValue(parts[0], []);
        var numbers = new List<int>(parts.Count);
        foreach (var part in parts)
        {
            numbers.Add(_parts.Count);
            _parts.Add(part);
        }
        return new PostingValue(null, numbers);
    }
}

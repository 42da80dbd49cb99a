namespace StaticSite.Rendering.Search;

/// <summary>One word-range file: every indexed word from <paramref name="FirstWord"/> up to the next shard's first word, in ordinal order.</summary>
public sealed record SearchShard(string FirstWord, IReadOnlyList<KeyValuePair<string, PostingValue>> Words);

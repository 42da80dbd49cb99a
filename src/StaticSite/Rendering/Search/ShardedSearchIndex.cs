using StaticSite.Model;

namespace StaticSite.Rendering.Search;

/// <summary>
/// The search index as files (RenderSearchIndex writes them). Records are numbered: the entries first,
/// then the passages; <see cref="SearchIndexBuilder.ChunkRecords"/> consecutive records share a file.
/// </summary>
public sealed record ShardedSearchIndex(
    IReadOnlyList<SearchEntry> Entries,
    IReadOnlyList<SearchPassage> Passages,
    IReadOnlyList<SearchShard> Shards,
    IReadOnlyList<string> Parts,
    IReadOnlyList<SearchFilter> Filters)
{
    public int Records => Entries.Count + Passages.Count;

    public int Chunks => (Records + SearchIndexBuilder.ChunkRecords - 1) / SearchIndexBuilder.ChunkRecords;
}

/// <summary>A turn the index holds as a passage, with the exchange that files it under its topics.</summary>
public sealed record SearchPassage(Turn Turn, Exchange Exchange);

namespace StaticSite.Rendering.Search;

/// <summary>The postings of one word or filter value: written where they are named, or, when long, as the numbers of the part files that hold them.</summary>
public sealed record PostingValue(string? Inline, IReadOnlyList<int> Parts);

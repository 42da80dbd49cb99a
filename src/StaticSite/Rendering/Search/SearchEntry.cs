namespace StaticSite.Rendering.Search;

/// <summary>A transcript, topic, speaker or term as a search result: what it is as the reader sees it (a transcript by its kind's label), its title and its URL (relative to the base path).</summary>
public sealed record SearchEntry(string Kind, string Title, string Url);

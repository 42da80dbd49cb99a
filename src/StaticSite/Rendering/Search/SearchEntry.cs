namespace StaticSite.Rendering.Search;

/// <summary>An interview, topic, speaker or term as a search result: its kind as the reader sees it, its title and its URL (relative to the base path).</summary>
public sealed record SearchEntry(string Kind, string Title, string Url);

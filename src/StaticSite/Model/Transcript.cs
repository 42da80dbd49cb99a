using StaticSite.Markdown;

namespace StaticSite.Model;

/// <summary>A parsed transcript: front matter, body, and its turns grouped into exchanges.</summary>
public sealed class Transcript(TranscriptHeader header, ParsedBody body, string url)
{
    public TranscriptHeader Header { get; } = header;

    public ParsedBody Body { get; } = body;

    public string Url { get; } = url;

    public string Slug => Header.Slug;

    public List<Turn> Turns { get; } = [];

    public List<Exchange> Exchanges { get; } = [];
}

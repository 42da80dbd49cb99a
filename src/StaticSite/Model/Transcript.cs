using StaticSite.Markdown;

namespace StaticSite.Model;

/// <summary>A parsed transcript: front matter, body, and its turns grouped into exchanges.</summary>
public sealed class Transcript(TranscriptHeader header, ParsedBody body, string url)
{
    public TranscriptHeader Header { get; } = header;

    public ParsedBody Body { get; } = body;

    public string Url { get; } = url;

    public string Slug => Header.Slug;

    /// <summary>What it is (front matter's `kind:`, resolved against the site's kinds when linked).</summary>
    public PublicationKind Kind { get; set; } = PublicationKinds.Default.Find(PublicationKinds.DefaultId)!;

    public List<Turn> Turns { get; } = [];

    public List<Exchange> Exchanges { get; } = [];

    private int? _wordCount;

    /// <summary>Words spoken in its turns, counted once when first asked for, after linking.</summary>
    public int WordCount => _wordCount ??= Turns.Sum(turn => CountWords(turn.Item.TextUtf8));

    private IReadOnlyList<Topic>? _topics;

    /// <summary>
    /// The topics its exchanges are filed under, each once, in the order they first come; worked out once when first
    /// asked for, after linking. Each topic is the registry's one instance, so they are told apart by reference, not
    /// by every field a record compares.
    /// </summary>
    public IReadOnlyList<Topic> Topics => _topics ??= [.. Exchanges.SelectMany(e => e.Topics).Distinct<Topic>(ReferenceEqualityComparer.Instance)];

    // A turn's text is collapsed (one space between words, none at the ends), as excerpts count it too.
    internal static int CountWords(ReadOnlySpan<byte> text) => text.IsEmpty ? 0 : text.Count((byte)' ') + 1;
}

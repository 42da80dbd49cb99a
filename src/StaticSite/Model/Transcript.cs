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

    private int? _wordCount;

    /// <summary>Words spoken in its turns (runs of non-space characters), counted once when first asked for, after linking.</summary>
    public int WordCount => _wordCount ??= Turns.Sum(turn => CountWords(turn.Item.TextUtf8));

    private static int CountWords(ReadOnlySpan<byte> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var b in text)
        {
            // UTF-8 continuation and lead bytes are never ASCII whitespace, so bytes suffice.
            var space = b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}

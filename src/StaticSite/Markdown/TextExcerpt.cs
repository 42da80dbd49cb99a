namespace StaticSite.Markdown;

/// <summary>
/// Where a turn's excerpt ends: its first <see cref="Words"/> words of whitespace-collapsed UTF-8
/// text, without the punctuation before the cut, and whether it was cut; and whether the turn is
/// short enough to show whole where others show an excerpt (under twice an excerpt's words). Found
/// once per turn while parsing, where the text is at hand: topic, speaker and term pages show the
/// same turn again and again, and finding the cut at every showing was 2% of a large build.
/// </summary>
public readonly record struct TextExcerpt(int Start, int Length, bool IsCut, bool IsShort)
{
    public const int Words = 40;

    /// <summary>The cut is found by counting spaces, which are single bytes, so the text is never decoded.</summary>
    public static TextExcerpt Of(ReadOnlySpan<byte> utf8Text)
    {
        var isShort = utf8Text.Count((byte)' ') < 2 * Words;
        var start = utf8Text.Length - utf8Text.TrimStart((byte)' ').Length;
        var text = utf8Text[start..].TrimEnd((byte)' ');
        var end = -1;
        for (var words = 0; words < Words; words++)
        {
            var next = text[(end + 1)..].IndexOf((byte)' ');
            if (next < 0) return new TextExcerpt(start, text.Length, IsCut: false, isShort);
            end += next + 1;
        }
        return new TextExcerpt(start, text[..end].TrimEnd(", ;:."u8).Length, IsCut: true, isShort); // ASCII, so never the inside of a multi-byte character
    }
}

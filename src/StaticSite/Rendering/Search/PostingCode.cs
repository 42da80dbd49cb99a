using System.Text;

namespace StaticSite.Rendering.Search;

/// <summary>
/// A posting list as a JSON-safe string: each posting is (record id, count), the ids ascending; it is
/// written as (id minus the previous id) × 8 + count, in base-64 URL characters of 5 bits each, low
/// bits first, the sixth bit telling that another character follows. A word on every passage costs one
/// character a passage, so the longest lists stay small. theme/assets/js/search.js decodes it.
/// </summary>
public static class PostingCode
{
    /// <summary>How many matches of one word in one record count for ranking: more says nothing more.</summary>
    public const int MaxCount = 7;

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>A posting packed in one int: the record id × 8 + its count.</summary>
    public static int Pack(int id, int count) => id * 8 + Math.Min(count, MaxCount);

    /// <summary>
    /// Packed postings, ids ascending, cut into parts of at most <paramref name="maxChars"/> characters
    /// (one part unless the list is longer). Each part starts afresh (its first id relative to -1), so a
    /// part decodes without the others.
    /// </summary>
    public static List<string> Encode(List<int> packed, int maxChars)
    {
        var parts = new List<string>();
        var text = new StringBuilder();
        Span<char> digits = stackalloc char[8];
        var previous = -1;
        foreach (var posting in packed)
        {
            var id = posting >> 3;
            var length = Digits(id - previous, posting & 7, digits);
            if (text.Length > 0 && text.Length + length > maxChars)
            {
                parts.Add(text.ToString());
                text.Clear();
                length = Digits(id + 1, posting & 7, digits);
            }
            text.Append(digits[..length]);
            previous = id;
        }
        parts.Add(text.ToString());
        return parts;
    }

    private static int Digits(int delta, int count, Span<char> digits)
    {
        var value = (long)delta * 8 + count;
        var length = 0;
        do
        {
            var digit = (int)(value & 31);
            value >>= 5;
            digits[length++] = Alphabet[value > 0 ? digit | 32 : digit];
        }
        while (value > 0);
        return length;
    }
}

namespace StaticSite.Rendering;

/// <summary>
/// A turn's HTML made fit for another page: ids would clash there and note markers would point
/// at notes that page does not have, so both go; the term cards stay (without their ids).
/// The HTML is the Markdown stage's own output (attribute values always quoted and encoded), so
/// plain patterns are exact here; a DOM parser per turn cost more than the rest of the page.
/// It works on the turn's UTF-8 as kept: decoding each shown question into a string and running
/// two regular expressions over it was a large part of what topic pages allocate.
/// </summary>
public static class PortableHtml
{
    private static readonly byte[] _noteMarker = "<sup class=\"note-ref\""u8.ToArray();
    private static readonly byte[] _noteMarkerEnd = "</sup>"u8.ToArray();
    private static readonly byte[] _id = " id=\""u8.ToArray();
    private static readonly byte[] _describedBy = " aria-describedby=\""u8.ToArray();

    /// <summary>The HTML without note markers, ids and aria-describedby; the same memory when it has none.</summary>
    public static ReadOnlyMemory<byte> From(ReadOnlyMemory<byte> html) =>
        Without(Without(html, NextNoteMarker), NextAttribute); // markers first: they hold ids of their own

    private delegate (int Start, int Length)? Finder(ReadOnlySpan<byte> text);

    private static ReadOnlyMemory<byte> Without(ReadOnlyMemory<byte> html, Finder next)
    {
        var rest = html.Span;
        if (next(rest) is not { } first) return html;
        var result = new List<byte>(html.Length);
        var (start, length) = first;
        while (true)
        {
            result.AddRange(rest[..start]);
            rest = rest[(start + length)..];
            if (next(rest) is not { } following) break;
            (start, length) = following;
        }
        result.AddRange(rest);
        return result.ToArray();
    }

    // The first whole note marker, as (start, length): its tag up to the first '>', then up to the
    // next </sup>. A marker left unclosed stays, as text that matches no pattern.
    private static (int Start, int Length)? NextNoteMarker(ReadOnlySpan<byte> text)
    {
        for (var at = 0; ;)
        {
            var next = text[at..].IndexOf(_noteMarker);
            if (next < 0) return null;
            at += next;
            var here = text[at..];
            var tagEnd = here.IndexOf((byte)'>');
            var end = tagEnd < 0 ? -1 : here[(tagEnd + 1)..].IndexOf(_noteMarkerEnd);
            if (end >= 0) return (at, tagEnd + 1 + end + _noteMarkerEnd.Length);
            at++;
        }
    }

    // The first id or aria-describedby attribute with its quoted value, as (start, length).
    private static (int Start, int Length)? NextAttribute(ReadOnlySpan<byte> text)
    {
        for (var at = 0; ;)
        {
            var next = text[at..].IndexOf((byte)' ');
            if (next < 0) return null;
            at += next;
            if ((Attribute(text[at..], _id) ?? Attribute(text[at..], _describedBy)) is { } length) return (at, length);
            at++;
        }
    }

    // The length of `name="value"` at the start of the text, or null.
    private static int? Attribute(ReadOnlySpan<byte> text, ReadOnlySpan<byte> nameAndQuote)
    {
        if (!text.StartsWith(nameAndQuote)) return null;
        var close = text[nameAndQuote.Length..].IndexOf((byte)'"');
        return close < 0 ? null : nameAndQuote.Length + close + 1;
    }
}

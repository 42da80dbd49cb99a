using System.Buffers;
using System.Net;
using System.Text;

namespace StaticSite.Output;

/// <summary>
/// Reads the ids and the link and resource addresses out of a page, in one pass over the text.
/// AngleSharp builds a whole DOM to answer the same question and was most of a large build's
/// time; this reads only tags and attributes.
/// Comments are skipped, and so are the contents of script and style elements. It reads the page's UTF-8 as
/// written: what matters is ASCII (tags, attribute names, quotes), and only ids and addresses are decoded.
/// </summary>
public static class HtmlLinkScanner
{
    private static readonly byte[][] _sourceTags = [.. new[] { "img", "script", "source", "audio", "video", "iframe", "track", "embed" }.Select(Encoding.ASCII.GetBytes)];

    // Ids and addresses are short: decoded on the stack up to this many bytes.
    private const int StackValue = 256;

    public static void Scan(ReadOnlySpan<byte> html, IHtmlLinkVisitor visitor)
    {
        var i = 0;
        while (i < html.Length)
        {
            var open = html[i..].IndexOf((byte)'<');
            if (open < 0) return;
            i += open;
            if (html[i..].StartsWith("<!--"u8))
            {
                var end = html[(i + 4)..].IndexOf("-->"u8);
                i = end < 0 ? html.Length : i + 4 + end + 3;
                continue;
            }
            i++;
            if (i >= html.Length || !char.IsAsciiLetter((char)html[i])) continue; // end tags, doctype, stray '<'
            var nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit((char)html[i]) || html[i] == '-')) i++;
            var tag = html[nameStart..i];
            i = Attributes(html, i, tag, visitor);
            var isScript = Ascii.EqualsIgnoreCase(tag, "script"u8);
            if (isScript || Ascii.EqualsIgnoreCase(tag, "style"u8))
            {
                var close = ClosingTag(html[i..], isScript ? "</script"u8 : "</style"u8);
                i = close < 0 ? html.Length : i + close;
            }
        }
    }

    // Where "</script" (or "</style"), in any case, first occurs: every transcript page carries its
    // JSON-LD in a script as long as the transcript, and a case-insensitive search of it was slow.
    private static int ClosingTag(ReadOnlySpan<byte> text, ReadOnlySpan<byte> closing)
    {
        for (var at = 0; ;)
        {
            var next = text[at..].IndexOf("</"u8);
            if (next < 0) return -1;
            at += next;
            if (text.Length - at >= closing.Length && Ascii.EqualsIgnoreCase(text.Slice(at, closing.Length), closing)) return at;
            at += 2;
        }
    }

    /// <summary>Convenience for tests and small pages: collect into lists.</summary>
    public static (List<string> Ids, List<string> References) Scan(string html)
    {
        var collector = new Collector();
        Scan(Encoding.UTF8.GetBytes(html), collector);
        return (collector.Ids, collector.References);
    }

    // Reads attributes up to the end of the tag; returns the index after '>'.
    private static int Attributes(ReadOnlySpan<byte> html, int i, ReadOnlySpan<byte> tag, IHtmlLinkVisitor visitor)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return i;
            if (html[i] == '>') return i + 1;
            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ((byte)'=' or (byte)'>' or (byte)'/')) i++;
            var name = html[nameStart..i];
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            while (i < html.Length && IsSpace(html[i])) i++;
            var (start, end, next) = Value(html, i);
            i = next;
            if (name.Length is not (2 or 3 or 4)) continue; // only id, src, href and name matter; pages are mostly class and aria-*
            var value = html[start..end];
            if (Ascii.EqualsIgnoreCase(name, "id"u8) || (Ascii.EqualsIgnoreCase(name, "name"u8) && Ascii.EqualsIgnoreCase(tag, "a"u8)))
                Visit(value, isId: true, visitor);
            else if (IsReference(tag, name))
                Visit(value, isId: false, visitor);
        }
        return i;
    }

    // Hands the visitor an id or address as text, decoded from UTF-8 (and from character references).
    private static void Visit(ReadOnlySpan<byte> value, bool isId, IHtmlLinkVisitor visitor)
    {
        char[]? rented = null;
        // UTF-8 never has fewer bytes than UTF-16 has chars, so value.Length chars hold it.
        Span<char> chars = value.Length <= StackValue ? stackalloc char[value.Length] : (rented = ArrayPool<char>.Shared.Rent(value.Length));
        try
        {
            ReadOnlySpan<char> text = chars[..Encoding.UTF8.GetChars(value, chars)];
            if (text.Contains('&')) text = WebUtility.HtmlDecode(text.ToString());
            if (isId) visitor.Id(text);
            else visitor.Reference(text);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Where the value starts and ends, and where scanning goes on.
    private static (int Start, int End, int Next) Value(ReadOnlySpan<byte> html, int i)
    {
        if (i >= html.Length) return (i, i, i);
        if (html[i] is (byte)'"' or (byte)'\'')
        {
            var close = html[(i + 1)..].IndexOf(html[i]);
            var end = close < 0 ? html.Length : i + 1 + close;
            return (i + 1, end, Math.Min(end + 1, html.Length));
        }
        var stop = i;
        while (stop < html.Length && !IsSpace(html[stop]) && html[stop] != '>') stop++;
        return (i, stop, stop);
    }

    // HTML separates attributes with ASCII whitespace only (a no-break space belongs to the name or
    // value); this is the scanner's innermost test, and char.IsWhiteSpace looks up a Unicode table.
    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    private static bool IsReference(ReadOnlySpan<byte> tag, ReadOnlySpan<byte> attribute)
    {
        if (Ascii.EqualsIgnoreCase(attribute, "href"u8))
            return Ascii.EqualsIgnoreCase(tag, "a"u8) || Ascii.EqualsIgnoreCase(tag, "link"u8) || Ascii.EqualsIgnoreCase(tag, "area"u8);
        if (!Ascii.EqualsIgnoreCase(attribute, "src"u8)) return false;
        foreach (var name in _sourceTags)
        {
            if (Ascii.EqualsIgnoreCase(tag, name)) return true;
        }
        return false;
    }

    private sealed class Collector : IHtmlLinkVisitor
    {
        public List<string> Ids { get; } = [];

        public List<string> References { get; } = [];

        public void Id(ReadOnlySpan<char> id) => Ids.Add(id.ToString());

        public void Reference(ReadOnlySpan<char> reference) => References.Add(reference.ToString());
    }
}

using System.Net;

namespace StaticSite.Output;

/// <summary>
/// Reads the ids and the link and resource addresses out of a page, in one pass over the text.
/// AngleSharp builds a whole DOM to answer the same question and was most of a large build's
/// time (measured: 4.9 s of 11 s for 1,000 transcripts); this reads only tags and attributes.
/// Comments are skipped, and so are the contents of script and style elements.
/// </summary>
public static class HtmlLinkScanner
{
    private static readonly string[] _sourceTags = ["img", "script", "source", "audio", "video", "iframe", "track", "embed"];

    public static void Scan(ReadOnlySpan<char> html, IHtmlLinkVisitor visitor)
    {
        var i = 0;
        while (i < html.Length)
        {
            var open = html[i..].IndexOf('<');
            if (open < 0) return;
            i += open;
            if (html[i..].StartsWith("<!--"))
            {
                var end = html[(i + 4)..].IndexOf("-->");
                i = end < 0 ? html.Length : i + 4 + end + 3;
                continue;
            }
            i++;
            if (i >= html.Length || !char.IsAsciiLetter(html[i])) continue; // end tags, doctype, stray '<'
            var nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
            var tag = html[nameStart..i];
            i = Attributes(html, i, tag, visitor);
            var isScript = tag.Equals("script", StringComparison.OrdinalIgnoreCase);
            if (isScript || tag.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = ClosingTag(html[i..], isScript ? "</script" : "</style");
                i = close < 0 ? html.Length : i + close;
            }
        }
    }

    // Where "</script" (or "</style"), in any case, first occurs: every transcript page carries its
    // JSON-LD in a script as long as the transcript, and a case-insensitive search of it was slow.
    private static int ClosingTag(ReadOnlySpan<char> text, string closing)
    {
        for (var at = 0; ;)
        {
            var next = text[at..].IndexOf("</", StringComparison.Ordinal);
            if (next < 0) return -1;
            at += next;
            if (text[at..].StartsWith(closing, StringComparison.OrdinalIgnoreCase)) return at;
            at += 2;
        }
    }

    /// <summary>Convenience for tests and small pages: collect into lists.</summary>
    public static (List<string> Ids, List<string> References) Scan(string html)
    {
        var collector = new Collector();
        Scan(html, collector);
        return (collector.Ids, collector.References);
    }

    // Reads attributes up to the end of the tag; returns the index after '>'.
    private static int Attributes(ReadOnlySpan<char> html, int i, ReadOnlySpan<char> tag, IHtmlLinkVisitor visitor)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return i;
            if (html[i] == '>') return i + 1;
            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var name = html[nameStart..i];
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            while (i < html.Length && IsSpace(html[i])) i++;
            var (start, end, next) = Value(html, i);
            i = next;
            if (name.Length is not (2 or 3 or 4)) continue; // only id, src, href and name matter; pages are mostly class and aria-*
            var value = html[start..end];
            if (name.Equals("id", StringComparison.OrdinalIgnoreCase) || (name.Equals("name", StringComparison.OrdinalIgnoreCase) && tag.Equals("a", StringComparison.OrdinalIgnoreCase)))
                visitor.Id(value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value);
            else if (IsReference(tag, name))
                visitor.Reference(value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value);
        }
        return i;
    }

    // Where the value starts and ends, and where scanning goes on.
    private static (int Start, int End, int Next) Value(ReadOnlySpan<char> html, int i)
    {
        if (i >= html.Length) return (i, i, i);
        if (html[i] is '"' or '\'')
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
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsReference(ReadOnlySpan<char> tag, ReadOnlySpan<char> attribute)
    {
        if (attribute.Equals("href", StringComparison.OrdinalIgnoreCase))
            return tag.Equals("a", StringComparison.OrdinalIgnoreCase) || tag.Equals("link", StringComparison.OrdinalIgnoreCase) || tag.Equals("area", StringComparison.OrdinalIgnoreCase);
        if (!attribute.Equals("src", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var name in _sourceTags)
        {
            if (tag.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
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

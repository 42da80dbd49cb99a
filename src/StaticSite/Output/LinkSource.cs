using System.Net;
using StaticSite.Diagnostics;

namespace StaticSite.Output;

/// <summary>
/// Where in its source file a broken link was written. Links are checked in the written pages, which keep no
/// source positions, so on an error (only then) the address is looked for in the source as the editor wrote it:
/// as the page has it, without the base path the build put before a site-root address, and unescaped. A link a
/// layout made, whose address the source does not contain, keeps the file alone.
/// </summary>
internal static class LinkSource
{
    public static SourceLocation Locate(string source, string? fullPath, string reference, string basePath)
    {
        if (fullPath is null || reference.Length == 0 || !File.Exists(fullPath)) return SourceLocation.File(source);
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (IOException)
        {
            return SourceLocation.File(source);
        }
        foreach (var written in Candidates(reference, basePath).Distinct(StringComparer.Ordinal))
        {
            if (Find(text, written) is { } at) return new SourceLocation(source, at.Line, at.Column);
        }
        return SourceLocation.File(source);
    }

    private static IEnumerable<string> Candidates(string reference, string basePath)
    {
        var decoded = WebUtility.HtmlDecode(reference);
        foreach (var address in new[] { decoded, basePath != "/" && decoded.StartsWith(basePath, StringComparison.Ordinal) ? "/" + decoded[basePath.Length..] : decoded })
        {
            yield return address;
            yield return Uri.UnescapeDataString(address);
        }
    }

    // The address where a link's address stands: after "(" or "<" (an inline link, an autolink) or a space (a link
    // definition, a title after it), and followed by what ends one; the first such place, with its 1-based line and column.
    private static (int Line, int Column)? Find(string text, string address)
    {
        for (var at = text.IndexOf(address, StringComparison.Ordinal); at >= 0; at = text.IndexOf(address, at + 1, StringComparison.Ordinal))
        {
            var end = at + address.Length;
            if (at == 0 || text[at - 1] is not ('(' or '<' or ' ') || (end < text.Length && text[end] is not (')' or '>' or ' ' or '\t' or '\r' or '\n'))) continue;
            var lineStart = text.LastIndexOf('\n', at - 1) + 1;
            return (text.AsSpan(0, at).Count('\n') + 1, at - lineStart + 1);
        }
        return null;
    }
}

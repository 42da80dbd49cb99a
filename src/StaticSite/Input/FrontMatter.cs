using System.Text;
using StaticSite.Diagnostics;
using StaticSite.Markdown;

namespace StaticSite.Input;

/// <summary>Splits a Markdown file into its YAML front matter (between '---' lines) and body.</summary>
public sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyFirstLine)
{
    /// <summary>The front matter's fields and the body as Markdown with its place in the file; null after reporting.</summary>
    public static (YamlMapping Fields, MarkdownSource Body)? Read(string text, string path, DiagnosticBag diagnostics)
    {
        var split = Split(text, path, diagnostics);
        if (split is null) return null;
        var yaml = YamlMapping.Load(split.Yaml, path, split.YamlLineOffset, diagnostics);
        return yaml is null ? null : (yaml, new MarkdownSource(split.Body, path, split.BodyFirstLine));
    }

    /// <summary>
    /// <see cref="Read(string, string, DiagnosticBag)"/> of a file's bytes, as <see cref="TextFile"/> would
    /// decode them (changed in place). Split before decoding: only the YAML and the body become
    /// strings, never the whole file as well.
    /// </summary>
    public static (YamlMapping Fields, MarkdownSource Body)? Read(Span<byte> file, string path, DiagnosticBag diagnostics)
    {
        if (!TextFile.TryNormalize(file, path, diagnostics, out var text)) return null;
        if (Locate<byte>(text, (byte)'-', (byte)'\n', path, diagnostics) is not var (yamlStart, yamlEnd, bodyStart)) return null;
        var yaml = YamlMapping.Load(Encoding.UTF8.GetString(text[yamlStart..yamlEnd]), path, 1, diagnostics);
        if (yaml is null) return null;
        var body = Encoding.UTF8.GetString(text[bodyStart..]);
        return (yaml, new MarkdownSource(body, path, 1 + text[..bodyStart].Count((byte)'\n')));
    }

    /// <summary>Null after reporting when the file does not start with a front matter block.</summary>
    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (Locate(text.AsSpan(), '-', '\n', path, diagnostics) is not var (yamlStart, yamlEnd, bodyStart)) return null;
        var bodyFirstLine = 1 + text.AsSpan(0, bodyStart).Count('\n');
        return new FrontMatter(text[yamlStart..yamlEnd], 1, text[bodyStart..], bodyFirstLine);
    }

    // Where the YAML and the body are, in characters or in UTF-8 bytes alike: every character the
    // search looks for ('-' and '\n') is one byte. Null after reporting.
    private static (int YamlStart, int YamlEnd, int BodyStart)? Locate<T>(ReadOnlySpan<T> text, T dash, T newline, string path, DiagnosticBag diagnostics)
        where T : IEquatable<T>
    {
        ReadOnlySpan<T> open = [dash, dash, dash, newline];
        ReadOnlySpan<T> close = [newline, dash, dash, dash];
        if (!text.StartsWith(open) && !text.SequenceEqual(open[..3]))
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), DiagnosticCodes.MissingFrontMatter,
                "the file must start with front matter: a line '---', YAML fields such as 'title:', and a closing '---'");
            return null;
        }
        var start = 4;
        var end = IndexOf(text, close, start - 1);
        while (end >= 0 && !(end + 4 == text.Length || text[end + 4].Equals(newline)))
        {
            end = IndexOf(text, close, end + 4);
        }
        if (end < 0)
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), DiagnosticCodes.MissingFrontMatter,
                "the front matter is not closed: add a line '---' after its last field");
            return null;
        }
        var yamlEnd = end + 1 > start ? end + 1 : start;
        return (start, yamlEnd, Math.Min(text.Length, end + 5));
    }

    private static int IndexOf<T>(ReadOnlySpan<T> text, ReadOnlySpan<T> value, int from)
        where T : IEquatable<T> =>
        text[from..].IndexOf(value) is var at and >= 0 ? from + at : -1;
}

using System.Text;
using StaticSite.Diagnostics;
using StaticSite.Markdown;

namespace StaticSite.Input;

/// <summary>Splits a Markdown file into its YAML front matter (between '---' lines) and body.</summary>
public static class FrontMatter
{
    /// <summary>
    /// The front matter's fields and the body as Markdown with its place in the file, from the
    /// file's bytes as <see cref="TextFile"/> would decode them (changed in place); null after
    /// reporting. Split before decoding: only the YAML and the body become strings, never the
    /// whole file as well.
    /// </summary>
    public static (YamlMapping Fields, MarkdownSource Body)? Read(Span<byte> file, string path, DiagnosticBag diagnostics)
    {
        if (!TextFile.TryNormalize(file, path, diagnostics, out var text)) return null;
        if (Locate(text, path, diagnostics) is not var (yamlStart, yamlEnd, bodyStart)) return null;
        var yaml = YamlMappingReader.Read(Encoding.UTF8.GetString(text[yamlStart..yamlEnd]), path, 1, diagnostics);
        if (yaml is null) return null;
        var firstLine = 1 + text[..bodyStart].Count((byte)'\n');
        Placeholders.Report(text[bodyStart..], path, firstLine, diagnostics);
        return (yaml, new MarkdownSource(Encoding.UTF8.GetString(text[bodyStart..]), path, firstLine));
    }

    // Where the YAML and the body are in the bytes; '-' and '\n' are one byte each in UTF-8. Null after reporting.
    private static (int YamlStart, int YamlEnd, int BodyStart)? Locate(ReadOnlySpan<byte> text, string path, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n"u8) && !text.SequenceEqual("---"u8))
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), DiagnosticCodes.MissingFrontMatter,
                "the file must start with front matter: a line '---', YAML fields such as 'title:', and a closing '---'");
            return null;
        }
        var start = 4;
        var end = IndexOf(text, "\n---"u8, start - 1);
        while (end >= 0 && !(end + 4 == text.Length || text[end + 4] == (byte)'\n'))
        {
            end = IndexOf(text, "\n---"u8, end + 4);
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

    private static int IndexOf(ReadOnlySpan<byte> text, ReadOnlySpan<byte> value, int from) =>
        text[from..].IndexOf(value) is var at and >= 0 ? from + at : -1;
}

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

    /// <summary>Null after reporting when the file does not start with a front matter block.</summary>
    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), DiagnosticCodes.MissingFrontMatter,
                "the file must start with front matter: a line '---', YAML fields such as 'title:', and a closing '---'");
            return null;
        }
        var start = 4;
        var end = text.IndexOf("\n---", start - 1, StringComparison.Ordinal);
        while (end >= 0 && !(end + 4 == text.Length || text[end + 4] == '\n'))
        {
            end = text.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        }
        if (end < 0)
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), DiagnosticCodes.MissingFrontMatter,
                "the front matter is not closed: add a line '---' after its last field");
            return null;
        }
        var yaml = end + 1 > start ? text[start..(end + 1)] : "";
        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyFirstLine = 1 + text.AsSpan(0, bodyStart).Count('\n');
        return new FrontMatter(yaml, 1, text[bodyStart..], bodyFirstLine);
    }
}

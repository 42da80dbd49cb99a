using StaticSite.Diagnostics;

namespace StaticSite.Input;

/// <summary>Splits a Markdown file into its YAML front matter (between '---' lines) and body.</summary>
public sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyFirstLine)
{
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

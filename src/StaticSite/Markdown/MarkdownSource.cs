namespace StaticSite.Markdown;

/// <summary>
/// Markdown text and where it came from: <paramref name="Path"/> relative to the working folder,
/// and the 1-based line and column of its first character in that file (front matter and YAML
/// fields start below line 1), so that diagnostics point at the right place.
/// </summary>
public sealed record MarkdownSource(string Text, string Path, int FirstLine = 1, int FirstColumn = 1);

namespace StaticSite.Markdown;

/// <summary>A rendered free page or field, and the glossary terms it links to.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<string> TermIds);

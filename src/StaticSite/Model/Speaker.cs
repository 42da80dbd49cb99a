using StaticSite.Markdown;
using StaticSite.Diagnostics;

namespace StaticSite.Model;

/// <summary>An entry of speakers.yml.</summary>
public sealed record Speaker(string Id, string Name, string? Role, string? Url, MarkdownSource? Bio, SourceLocation Location);

using StaticSite.Diagnostics;
using StaticSite.Markdown;

namespace StaticSite.Model;

/// <summary>An entry of topics.yml.</summary>
public sealed record Topic(string Id, string Title, MarkdownSource? Description, IReadOnlyList<IdReference> Related, SourceLocation Location);

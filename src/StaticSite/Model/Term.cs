using StaticSite.Diagnostics;
using StaticSite.Markdown;

namespace StaticSite.Model;

/// <summary>An entry of glossary.yml. <see cref="Forms"/> is the term followed by its aliases.</summary>
public sealed record Term(
    string Id,
    string Title,
    IReadOnlyList<string> Aliases,
    MarkdownSource Definition,
    IReadOnlyList<IdReference> SeeAlso,
    SourceLocation Location)
{
    public IReadOnlyList<string> Forms => [Title, .. Aliases];
}

using System.Collections.Concurrent;
using StaticSite.Markdown;
using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>
/// Markdown fields of the data files (bios, descriptions, definitions) rendered once per build:
/// several pages show the same field, and its diagnostics must be reported once.
/// </summary>
public sealed class FieldHtmlCache(BuildContext context)
{
    private readonly ConcurrentDictionary<MarkdownSource, Lazy<string>> _html = new();

    public string? Html(MarkdownSource? source) =>
        source is null ? null : _html.GetOrAdd(source, s => new Lazy<string>(() => context.Markdown().RenderField(s, context.Diagnostics))).Value;
}

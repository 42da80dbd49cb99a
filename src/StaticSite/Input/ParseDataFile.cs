using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>Parses one data file's YAML into its typed form (site settings or a registry).</summary>
public sealed class ParseDataFile : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        foreach (var document in inputs)
        {
            var data = context.Options.ParseCache is { } cache ? Cached(document, context, cache) : Parse(document, context, context.Diagnostics);
            if (data is not null) yield return document.With(MetadataKeys.Data, data);
        }
    }

    private static object? Parse(Document document, BuildContext context, DiagnosticBag diagnostics)
    {
        var yaml = YamlMappingReader.Read(document.Content, document.Source, 0, diagnostics);
        if (yaml is null) return null;
        return Path.GetFileName(document.Source) switch
        {
            "site.yml" => SiteSettingsReader.Read(yaml, context.Options.BasePath, diagnostics),
            "speakers.yml" => RegistryReader.Speakers(yaml, diagnostics),
            "topics.yml" => RegistryReader.Topics(yaml, diagnostics),
            _ => RegistryReader.Terms(yaml, diagnostics),
        };
    }

    // In a preview session a data file unchanged since the last build is not parsed again (what it parses to is read-only
    // records), and the diagnostics its parse reported are reported again.
    private static object? Cached(Document document, BuildContext context, ParseCache cache)
    {
        var key = ParseCache.Fingerprint([document.Content, context.Options.BasePath ?? ""]);
        if (cache.FindData(document.Source, key) is var (hit, reported))
        {
            foreach (var diagnostic in reported) context.Diagnostics.Add(diagnostic);
            return hit;
        }
        var own = new DiagnosticBag(context.Options.Strict);
        var data = Parse(document, context, own);
        var diagnostics = own.Sorted();
        foreach (var diagnostic in diagnostics) context.Diagnostics.Add(diagnostic);
        cache.StoreData(document.Source, key, data, diagnostics);
        return data;
    }
}

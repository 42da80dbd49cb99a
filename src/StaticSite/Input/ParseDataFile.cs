using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>Parses one data file's YAML into its typed form (site settings or a registry).</summary>
public sealed class ParseDataFile : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        foreach (var document in inputs)
        {
            var yaml = YamlMappingReader.Read(document.Content, document.Source, 0, context.Diagnostics);
            if (yaml is null) continue;
            object data = Path.GetFileName(document.Source) switch
            {
                "site.yml" => SiteSettingsReader.Read(yaml, context.Options.BasePath, context.Diagnostics),
                "speakers.yml" => RegistryReader.Speakers(yaml, context.Diagnostics),
                "topics.yml" => RegistryReader.Topics(yaml, context.Diagnostics),
                _ => RegistryReader.Terms(yaml, context.Diagnostics),
            };
            yield return document.With(MetadataKeys.Data, data);
        }
    }
}

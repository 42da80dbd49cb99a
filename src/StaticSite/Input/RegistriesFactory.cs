using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>Gathers the parsed data files into one <see cref="Registries"/> (a build service, built once).</summary>
public static class RegistriesFactory
{
    public static Registries Create(BuildContext context)
    {
        var data = context.Results(PipelineNames.Data).Select(d => d.Get<object>(MetadataKeys.Data)).ToList();
        var settings = data.OfType<SiteSettings>().FirstOrDefault()
            ?? new SiteSettings("Untitled", "", "en", null, SiteSettingsReader.NormaliseBasePath(context.Options.BasePath ?? "/"), null, false);
        return new Registries(
            settings,
            data.OfType<Dictionary<string, Speaker>>().FirstOrDefault() ?? [],
            data.OfType<Dictionary<string, Topic>>().FirstOrDefault() ?? [],
            data.OfType<Dictionary<string, Term>>().FirstOrDefault() ?? []);
    }
}

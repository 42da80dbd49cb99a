using StaticSite.Input;
using StaticSite.Markdown;
using StaticSite.Model;
using StaticSite.Rendering;

namespace StaticSite.Pipeline;

/// <summary>The services a build makes once and shares between modules.</summary>
public static class BuildServices
{
    public static Registries Registries(this BuildContext context) => context.Service(RegistriesFactory.Create);

    public static SiteUrls Urls(this BuildContext context) => context.Service(c => new SiteUrls(c.Registries().Settings.BasePath));

    /// <summary>One Markdown converter for the whole build: one Markdig pipeline and one glossary matcher.</summary>
    public static MarkdownConverter Markdown(this BuildContext context) => context.Service(c =>
    {
        var urls = c.Urls();
        var glossary = c.Registries().Terms.Values
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => new GlossaryForms(t.Id, t.Forms, urls.Term(t.Id), MarkdownConverter.ToPlainText(t.Definition.Text)))
            .ToList();
        return new MarkdownConverter(glossary, c.Registries().Settings.RawHtml, urls.BasePath);
    });

    public static LayoutSet Layouts(this BuildContext context) => context.Service(LayoutSet.Create);

    public static string? FieldHtml(this BuildContext context, MarkdownSource? source) => context.Service(c => new FieldHtmlCache(c)).Html(source);

    /// <summary>Each exchange's related passages, found once; in a preview rebuild, taken from the previous build where they cannot have changed.</summary>
    public static RelatedPassages RelatedPassages(this BuildContext context) =>
        context.Service(c => new RelatedPassages(c.Model, c.Options.Incremental?.PreviousSite.Related,
            c.Options.InMemory ? c.Service(_ => new TranscriptVersions()).Find : _ => null, forNextBuild: c.Options.InMemory));

    /// <summary>Hashes of passages for the preview's page fingerprints; in a preview rebuild, sharing the previous build's hashes of turns.</summary>
    public static PassageDigests PassageDigests(this BuildContext context) =>
        context.Service(c => new PassageDigests(c.Model, c.Options.Incremental?.PreviousSite.Passages));

    /// <summary>View models from the site model: available from the PostProcess phase on.</summary>
    public static ViewFactory Views(this BuildContext context) => context.Service(c => new ViewFactory(c.Model, c.Urls(), c.PageKinds));
}

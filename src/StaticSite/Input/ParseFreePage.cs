using StaticSite.Diagnostics;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>A free page (pages/*.md): front matter (title, optional slug and description) and Markdown body.</summary>
public sealed class ParseFreePage : IModule
{
    private static readonly string[] _fields = ["title", "slug", "description"];

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        foreach (var document in inputs)
        {
            if (Read(document, context) is not var (yaml, markdown)) continue;
            yaml.WarnUnknownFields(_fields);
            var title = yaml.String("title", required: true);
            var slug = yaml.String("slug") ?? Path.GetFileNameWithoutExtension(document.Source);
            if (!IdRules.IsValid(slug))
            {
                context.Diagnostics.Error(yaml.Has("slug") ? yaml.ValueLocation("slug") : new SourceLocation(document.Source, 1, 1),
                    DiagnosticCodes.InvalidId, "invalid slug: " + IdRules.Explain(slug));
                continue;
            }
            var rendered = context.Markdown().RenderPage(markdown, context.Diagnostics);
            if (title is null) continue;
            var page = new FreePage(slug, title, yaml.String("description"), rendered.Html, rendered.TermIds, context.Urls().Page(slug), document.Source);
            yield return document.With(MetadataKeys.Page, page).WithContent("");
        }
    }

    // The file is read here, in the parallel Process phase (see ReadFiles), and let go once split.
    private static (YamlMapping Fields, Markdown.MarkdownSource Body)? Read(Document document, BuildContext context)
    {
        using var file = FileBytes.Read(document.Get<string>(MetadataKeys.FullPath));
        return FrontMatter.Read(file.Bytes, document.Source, context.Diagnostics);
    }

    /// <summary>The fields a free page's front matter may have: the schema in schemas/ lists the same (a test compares them).</summary>
    internal static IReadOnlyList<string> Fields => _fields;
}

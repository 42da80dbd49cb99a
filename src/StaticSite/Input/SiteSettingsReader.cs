using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Input;

/// <summary>site.yml → <see cref="SiteSettings"/>; the command line's base path wins over base_url's path.</summary>
public static class SiteSettingsReader
{
    private static readonly string[] _fields = ["title", "description", "language", "base_url", "author", "raw_html", "page_size", "feed_size", "home_size", "collection", "kinds"];

    public static SiteSettings Read(YamlMapping yaml, string? basePathOverride, DiagnosticBag diagnostics)
    {
        yaml.WarnUnknownFields(_fields);
        var title = yaml.String("title", required: true) ?? "Untitled";
        var description = yaml.String("description", required: true) ?? "";
        var language = yaml.String("language") ?? "en";
        var baseUrl = yaml.String("base_url");
        var basePath = "/";
        if (baseUrl is not null)
        {
            if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                basePath = uri.AbsolutePath;
                baseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
            }
            else
            {
                diagnostics.Error(yaml.ValueLocation("base_url"), DiagnosticCodes.InvalidUrl,
                    $"base_url must be an absolute http(s) URL such as https://owner.github.io/repo/, not '{baseUrl}'");
                baseUrl = null;
            }
        }
        if (basePathOverride is not null) basePath = basePathOverride;
        return new SiteSettings(title, description, language, baseUrl, NormaliseBasePath(basePath), yaml.String("author"), yaml.Boolean("raw_html", false),
            yaml.Integer("page_size", SiteSettings.DefaultPageSize, minimum: 1),
            yaml.Integer("feed_size", SiteSettings.DefaultFeedSize, minimum: 1, DiagnosticCodes.InvalidFeedSize, "the feed carries this many of the latest transcripts"),
            yaml.Integer("home_size", SiteSettings.DefaultHomeSize, minimum: 1, DiagnosticCodes.InvalidHomeSize, "the home page shows this many of the latest transcripts"))
        {
            Kinds = new PublicationKinds(Kinds(yaml, diagnostics)),
            CollectionLabel = yaml.String("collection"),
        };
    }

    /// <summary>"repo", "/repo" and "/repo/" all mean "/repo/"; empty means "/".</summary>
    public static string NormaliseBasePath(string path)
    {
        var trimmed = path.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    /// <summary>The fields site.yml may have: the schema in schemas/ lists the same (a test compares them).</summary>
    internal static IReadOnlyList<string> Fields => _fields;

    private static readonly string[] _kindFields = ["singular", "plural"];

    /// <summary>The fields of a kind under `kinds:`: the schema lists the same.</summary>
    internal static IReadOnlyList<string> KindFields => _kindFields;

    // kinds: { town-hall: { singular: town hall, plural: town halls } }: new kinds, or new labels for built-in ones.
    private static List<PublicationKind> Kinds(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var kinds = new List<PublicationKind>();
        if (yaml.Mapping("kinds", scalarMeans: "kinds") is not { } mapping) return kinds;
        foreach (var (id, at, entry) in mapping.Entries())
        {
            entry.WarnUnknownFields(_kindFields);
            var singular = entry.String("singular", required: true);
            var plural = entry.String("plural", required: true);
            if (!IdRules.IsValid(id))
            {
                diagnostics.Error(at, DiagnosticCodes.InvalidId, IdRules.Explain(id));
                continue;
            }
            if (singular is not null && plural is not null) kinds.Add(new PublicationKind(id, singular, plural));
        }
        return kinds;
    }
}

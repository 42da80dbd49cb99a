using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Input;

/// <summary>site.yml → <see cref="SiteSettings"/>; the command line's base path wins over base_url's path.</summary>
public static class SiteSettingsReader
{
    private static readonly string[] _fields = ["title", "description", "language", "base_url", "author", "raw_html", "page_size"];

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
            yaml.Integer("page_size", SiteSettings.DefaultPageSize, minimum: 1));
    }

    /// <summary>"repo", "/repo" and "/repo/" all mean "/repo/"; empty means "/".</summary>
    public static string NormaliseBasePath(string path)
    {
        var trimmed = path.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    /// <summary>The fields site.yml may have: the schema in schemas/ lists the same (a test compares them).</summary>
    internal static IReadOnlyList<string> Fields => _fields;
}

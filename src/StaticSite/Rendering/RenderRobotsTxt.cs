using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>
/// /robots.txt: every crawler may read everything, and the sitemap is named when its URL can be
/// absolute (the robots.txt format requires it), that is when site.yml has base_url. Crawlers read
/// robots.txt only at the root of a host, so under a project path (owner.github.io/repo/) it is
/// written but not read; the sitemap then has to be submitted to the search engine directly.
/// </summary>
public sealed class RenderRobotsTxt : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var urls = context.Urls();
        var absolute = new AbsoluteUrls(context.Model.Settings.BaseUrl);
        var text = "User-agent: *\nAllow: /\n";
        if (absolute.HaveOrigin) text += "Sitemap: " + absolute.Of(urls.Sitemap) + "\n";
        yield return Document.Create("", urls.Destination(urls.Robots), text);
    }
}

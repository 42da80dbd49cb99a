using System.Text;
using System.Xml;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>
/// /sitemap.xml (sitemaps.org 0.9): every HTML page of the page kinds InSitemap, paginated pages
/// included, 404.html left out, sorted by URL. A transcript's lastmod is its date, never the build
/// time, so two builds of the same input are identical. URLs are absolute when site.yml has
/// base_url (search engines require it) and root-relative otherwise.
/// </summary>
public sealed class RenderSitemap : IModule
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        // Written into its file when the site is written: every page is listed, and a large site has tens of thousands.
        yield return Document.DeferredBytes("", context.Urls().Destination(context.Urls().Sitemap), output =>
        {
            Write(output, context);
            output.WriteByte((byte)'\n');
            return true;
        });
    }

    private static void Write(Stream output, BuildContext context)
    {
        var urls = context.Urls();
        var absolute = new AbsoluteUrls(context.Model.Settings.BaseUrl);
        var dates = context.Model.Transcripts.ToDictionary(t => t.Url, t => t.Header.Date, StringComparer.Ordinal);
        var notFound = urls.Destination(urls.NotFound);
        var pages = context.PageKinds.InSitemap.SelectMany(context.Results)
            .Select(d => d.Destination)
            .Where(d => d.EndsWith(".html", StringComparison.Ordinal) && d != notFound)
            .Select(urls.UrlOf)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
        using var writer = XmlWriter.Create(output, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("urlset", Namespace);
        foreach (var url in pages)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, absolute.Of(url));
            if (dates.TryGetValue(url, out var date))
                writer.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}

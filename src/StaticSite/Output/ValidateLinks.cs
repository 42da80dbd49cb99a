using AngleSharp.Html.Parser;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// Before anything is written: every internal link, asset reference and #anchor in every page
/// must resolve to a page or file of this build and, with a fragment, to an id on that page.
/// </summary>
public sealed class ValidateLinks : IModule
{
    private static readonly string[] _linkAttributes = ["href", "src"];
    private static readonly Uri _origin = new("http://site.invalid");

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var basePath = context.Urls().BasePath;
        var files = inputs.Where(d => d.Destination.Length > 0).Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
        var pages = inputs.Where(IsHtml).ToList();
        var scans = OrderedParallel.Map(pages, Scan);
        var idsByPage = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) idsByPage[pages[i].Destination] = scans[i].Ids;

        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var pageUrl = basePath + page.Destination;
            foreach (var reference in scans[i].References)
            {
                var problem = Check(reference, pageUrl, basePath, files, idsByPage, page.Destination);
                if (problem is null) continue;
                var at = page.Source.Length > 0 ? SourceLocation.File(page.Source) : SourceLocation.File(context.Options.OutputDirectory.TrimEnd('/') + "/" + page.Destination);
                context.Diagnostics.Error(at, problem.Value.Code, $"page {PublicUrl(pageUrl)}: {problem.Value.Message}");
            }
        }
        return []; // a check: it passes no documents on, so Write receives each page once
    }

    private static bool IsHtml(Document document) => document.Destination.EndsWith(".html", StringComparison.Ordinal) && document.Content.Length > 0;

    private static (HashSet<string> Ids, List<string> References) Scan(Document page)
    {
        var document = new HtmlParser().ParseDocument(page.Content);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var named in document.QuerySelectorAll("a[name]")) ids.Add(named.GetAttribute("name")!);
        var references = new List<string>();
        foreach (var element in document.QuerySelectorAll("a[href], link[href], img[src], script[src], source[src], audio[src], video[src], iframe[src]"))
        {
            foreach (var attribute in _linkAttributes)
            {
                if (element.GetAttribute(attribute) is { } value) references.Add(value);
            }
        }
        return (ids, references);
    }

    private static (string Code, string Message)? Check(string reference, string pageUrl, string basePath, HashSet<string> files,
        Dictionary<string, HashSet<string>> idsByPage, string pageDestination)
    {
        if (reference.Length == 0) return (DiagnosticCodes.BrokenLink, "a link has an empty address");
        if (reference.StartsWith("//", StringComparison.Ordinal) || HasScheme(reference)) return null; // external: not ours to check
        var resolved = new Uri(new Uri(_origin, pageUrl), reference);
        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        var fragment = resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) : null;
        string target;
        if (reference.StartsWith('#')) target = pageDestination;
        else
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
                return (DiagnosticCodes.BrokenLink, $"link '{reference}' points outside the site's base path {basePath}");
            var relative = path[basePath.Length..];
            target = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
            if (!files.Contains(target))
                return (DiagnosticCodes.BrokenLink, $"link '{reference}' leads to no page or file of this site");
        }
        if (fragment is null || fragment.StartsWith(":~:", StringComparison.Ordinal)) return null; // text fragments are the browser's
        if (!idsByPage.TryGetValue(target, out var ids)) return null; // a fragment on a non-HTML file is the file's business
        return ids.Contains(fragment) ? null : (DiagnosticCodes.BrokenAnchor, $"link '{reference}' names anchor '#{fragment}', which {PublicUrl(basePath + target)} does not have");
    }

    private static bool HasScheme(string reference)
    {
        var colon = reference.IndexOf(':');
        var slash = reference.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    private static string PublicUrl(string url) => url.EndsWith("/index.html", StringComparison.Ordinal) ? url[..^"index.html".Length] : url;
}

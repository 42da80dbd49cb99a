using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.EndToEnd;

/// <summary>Builds the real input/ with the real theme once for the whole end-to-end suite, into a temp folder.</summary>
public sealed class RealSiteFixture : IDisposable
{
    private readonly HtmlParser _parser = new();

    public RealSiteFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), "staticsite-tests", "real-" + Guid.NewGuid().ToString("N"), "output");
        Result = SiteBuilder.Build(new BuildOptions
        {
            WorkingDirectory = RepoPaths.Root,
            InputDirectory = RepoPaths.Input,
            ThemeDirectory = RepoPaths.Theme,
            OutputDirectory = Output,
            Force = true,
        });
        Pages = Result.Succeeded
            ? Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'), f => (IDocument)_parser.ParseDocument(File.ReadAllText(f)))
            : [];
    }

    public BuildResult Result { get; }

    public string Output { get; }

    /// <summary>Every HTML page by its path from the site root ("/index.html", "/topics/talent/index.html").</summary>
    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public IDocument Page(string url) => Pages[url.EndsWith('/') ? url + "index.html" : url];

    public void Dispose()
    {
        TempFolder.Delete(Path.GetDirectoryName(Output)!);
    }
}

using StaticSite.Diagnostics;
using StaticSite.Input;
using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>
/// A page kind is a module, a layout and one registry entry: a kind added to the registry is built,
/// written, listed where its entry says, and guarded against free pages.
/// </summary>
public sealed class PageKindRegistryTests
{
    private const string QuotesLayout = """
        -- input/layouts/quotes.liquid --
        <h1>{{ page.title }}</h1>
        <ul class="quotes">
        {%- for quote in quotes %}
          <li><a href="{{ quote.url }}">{{ quote.text }}</a></li>
        {%- endfor %}
        </ul>
        """;

    private const string QuotesPage = """
        -- input/pages/quotes.md --
        ---
        title: Our favourite quotes
        ---

        Hand-picked.
        """;

    private static readonly DependencyKey _quotesKey = new("quotes", t => t.Turns.Any(turn => turn.Item.Highlights.Count > 0) ? ["all"] : []);

    // Every highlighted quote on one page at /quotes/, made from the site model like any kind's pages.
    private static readonly PageKind _quotes = new("Quotes")
    {
        Dependencies = [PipelineNames.Transcripts],
        PostProcess = [new RenderQuotesPage()],
        ReservedSlug = "quotes",
        IsSummarySection = true,
        Layouts = ["quotes"],
        Nav = new("Quotes", urls => urls.Page("quotes")),
        InSitemap = true,
        DependencyKey = _quotesKey,
    };

    [Fact]
    public void KindAddedToTheRegistry_IsBuiltAndWritten()
    {
        using var site = BuildWith(_quotes, QuotesLayout).AssertSucceeded();
        var page = site.Page("quotes/");
        Assert.Equal("kind-quotes", page.Body!.ClassName);
        Assert.Contains(page.QuerySelectorAll("ul.quotes a[href^='/transcripts/first-talk/#guest-']"), a => a.TextContent == "API access");
    }

    [Fact]
    public void KindAddedToTheRegistry_IsInTheNavigationCurrentOnItsOwnPage()
    {
        using var site = BuildWith(_quotes, QuotesLayout).AssertSucceeded();
        var onHome = site.Page("").QuerySelectorAll("nav.site-nav a").Select(a => (a.TextContent, a.GetAttribute("href"), a.HasAttribute("aria-current"))).ToList();
        Assert.Equal([("Interviews", "/transcripts/", false), ("Topics", "/topics/", false), ("Speakers", "/speakers/", false), ("Glossary", "/glossary/", false), ("Quotes", "/quotes/", false)], onHome);
        var current = site.Page("quotes/").QuerySelectorAll("nav.site-nav a[aria-current='page']");
        Assert.Equal("Quotes", Assert.Single(current).TextContent);
    }

    [Fact]
    public void KindAddedToTheRegistry_IsInTheSitemapAndTheSummaryAsDeclared()
    {
        using var listed = BuildWith(_quotes, QuotesLayout).AssertSucceeded();
        Assert.Contains("<loc>/quotes/</loc>", File.ReadAllText(Path.Combine(listed.Output, "sitemap.xml")));
        Assert.Equal(1, listed.Result.PagesByKind["quotes"]);

        using var unlisted = BuildWith(_quotes with { InSitemap = false, IsSummarySection = false }, QuotesLayout).AssertSucceeded();
        Assert.True(unlisted.Exists("quotes/index.html"));
        Assert.DoesNotContain("/quotes/", File.ReadAllText(Path.Combine(unlisted.Output, "sitemap.xml")));
        Assert.False(unlisted.Result.PagesByKind.ContainsKey("quotes"));
    }

    [Fact]
    public void KindAddedToTheRegistry_FeedsThePreviewsDependencies()
    {
        using var site = BuildWith(_quotes, QuotesLayout).AssertSucceeded();
        Assert.Contains("quotes:all", site.Result.Dependencies["input/transcripts/first-talk.md"]);
    }

    [Fact]
    public void FreePageWithAKindsReservedSlug_IsRefused()
    {
        using var site = BuildWith(_quotes, QuotesLayout + "\n" + QuotesPage);
        var diagnostic = site.Single(DiagnosticCodes.DuplicateId);
        Assert.Equal(("input/pages/quotes.md", 1, 1), (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("'quotes'", diagnostic.Message);
    }

    [Fact]
    public void FreePageNamedAfterTheSearchIndexFolder_IsRefused()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/pages/search-index.md --
            ---
            title: Index
            ---

            A page in the search index's folder.
            """);
        var diagnostic = site.Single(DiagnosticCodes.DuplicateId);
        Assert.Equal(("input/pages/search-index.md", 1, 1), (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void FreePageOnAKindsUnreservedPage_IsAnErrorNamingBoth_AndNothingIsWritten()
    {
        using var site = BuildWith(_quotes with { ReservedSlug = null, IsSummarySection = false }, QuotesLayout + "\n" + QuotesPage);
        Assert.False(site.Result.Succeeded);
        var diagnostic = site.Single(DiagnosticCodes.DuplicateDestination);
        Assert.Equal(("input/pages/quotes.md", 1, 1), (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("'quotes/index.html'", diagnostic.Message);
        Assert.Contains("input/pages/quotes.md (Pages)", diagnostic.Message);
        Assert.Contains("the Quotes pipeline", diagnostic.Message);
        Assert.False(site.Exists("index.html"));
    }

    [Fact]
    public void TwoKindsWritingOneFile_IsAnErrorAtTheOutputFile()
    {
        var twin = _quotes with { Name = "MoreQuotes", ReservedSlug = null, IsSummarySection = false, Nav = null };
        using var site = BuildWith(SitePipelines.Kinds.With(_quotes).With(twin), QuotesLayout);
        var diagnostic = site.Single(DiagnosticCodes.DuplicateDestination);
        Assert.Equal("output/quotes/index.html", diagnostic.Location.Path);
        Assert.Contains("the Quotes pipeline", diagnostic.Message);
        Assert.Contains("the MoreQuotes pipeline", diagnostic.Message);
    }

    [Fact]
    public void TwoKindsWithOneNameOrSlug_OrASectionWithoutSlug_AreRefusedWhenTheRegistryIsMade()
    {
        Assert.Throws<InvalidOperationException>(() => SitePipelines.Kinds.With(_quotes with { Name = PipelineNames.Topics, ReservedSlug = null, IsSummarySection = false }));
        Assert.Throws<InvalidOperationException>(() => SitePipelines.Kinds.With(_quotes with { ReservedSlug = "topics" }));
        Assert.Throws<InvalidOperationException>(() => SitePipelines.Kinds.With(_quotes with { ReservedSlug = null }));
        Assert.NotNull(SitePipelines.Kinds.With(_quotes with { ReservedSlug = null, IsSummarySection = false }));
    }

    [Fact]
    public void EveryLayoutTheRegistryNames_IsInTheDefaultTheme()
    {
        var layouts = SitePipelines.Kinds.All.SelectMany(k => k.Layouts).ToList();
        Assert.NotEmpty(layouts);
        Assert.All(layouts, layout => Assert.True(File.Exists(Path.Combine(RepoPaths.Theme, "layouts", layout + ".liquid")), $"no theme/layouts/{layout}.liquid"));
    }

    [Fact]
    public void EveryKindsFiles_AreUnderItsReservedSlug()
    {
        // The slug that keeps free pages off a kind's files must be where the URL layout (Model/SiteUrls) puts them.
        using var folder = new TempFolder("kinds", TestSite.Minimal);
        var context = new BuildContext(new BuildOptions { WorkingDirectory = folder.Root, ThemeDirectory = RepoPaths.Theme, DryRun = true });
        Assert.True(new Engine([.. SitePipelines.All().Where(p => p.Output.Count == 0)], SiteModelBuilder.Build).Run(context));
        foreach (var kind in SitePipelines.Kinds.All.Where(k => k.ReservedSlug is not null))
        {
            var destinations = context.Results(kind.Name).Select(d => d.Destination).ToList();
            Assert.NotEmpty(destinations);
            Assert.All(destinations, d => Assert.True(d.StartsWith(kind.ReservedSlug + "/", StringComparison.Ordinal) || d.StartsWith(kind.ReservedSlug + ".", StringComparison.Ordinal), $"{kind.Name} writes {d}"));
        }
    }

    private static TestSite BuildWith(PageKind kind, string files) => BuildWith(SitePipelines.Kinds.With(kind), files);

    private static TestSite BuildWith(PageKinds kinds, string files) => TestSite.BuildMinimal(files, options => options with { PageKinds = kinds });

    private sealed class RenderQuotesPage : IModule
    {
        public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
        {
            var views = context.Views();
            var page = views.Page("quotes", "Quotes", "Every highlighted quote.", views.Urls.Page("quotes"));
            yield return PageDocument.Deferred(context, views, page, "quotes", "",
                () => [("quotes", context.Model.Transcripts.SelectMany(t => t.Turns).SelectMany(views.Quotes).ToList())])
                .With(MetadataKeys.DependsOn, _quotesKey.Of("all"));
        }
    }
}

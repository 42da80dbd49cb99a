using StaticSite.Input;
using StaticSite.Output;
using StaticSite.Rendering;

namespace StaticSite.Pipeline;

/// <summary>
/// The whole build, top to bottom. Read this file to know what a build does; each module is one
/// step in its stage's folder. Between Process and PostProcess the engine builds the site model
/// (Model/SiteModelBuilder): every reference resolved, every cross-reference indexed once.
/// </summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> All() =>
    [
        new("Assets") { Input = [new ReadThemeFiles("assets", "assets/", copyToOutput: true)], Process = [new MinifyStylesheets()] },
        new("Layouts") { Input = [new ReadLayouts()] },
        new(RegistriesFactory.DataPipeline) { Input = [new ReadDataFiles()], Process = [new ParseDataFile()] },
        new("Transcripts")
        {
            Dependencies = [RegistriesFactory.DataPipeline, "Layouts"],
            Input = [new ReadFiles("transcripts", "*.md")],
            Process = [new ParseTranscript()],
            PostProcess = [new RenderTranscriptPages()],
        },
        new("Pages")
        {
            Dependencies = [RegistriesFactory.DataPipeline, "Layouts"],
            Input = [new ReadFiles("pages", "*.md")],
            Process = [new ParseFreePage()],
            PostProcess = [new RenderFreePages()],
        },
        new("Home") { Dependencies = ["Transcripts", "Pages"], PostProcess = [new RenderHomePage()] },
        new("Topics") { Dependencies = ["Transcripts"], PostProcess = [new RenderTopicPages()] },
        new("Speakers") { Dependencies = ["Transcripts"], PostProcess = [new RenderSpeakerPages()] },
        new("Glossary") { Dependencies = ["Transcripts"], PostProcess = [new RenderGlossaryPages()] },
        new("Feeds") { Dependencies = ["Transcripts"], PostProcess = [new RenderFeed()] },
        new("Search") { Dependencies = ["Transcripts"], PostProcess = [new RenderSearchPage()] },
        new("SearchIndex") { Dependencies = ["Transcripts"], PostProcess = [new RenderSearchIndex()] },
        new("NotFound") { Dependencies = ["Layouts"], PostProcess = [new RenderNotFoundPage()] },
        new("Sitemap") { Dependencies = [.. _pages], PostProcess = [new RenderSitemap(_pages)] },
        new("Robots") { PostProcess = [new RenderRobotsTxt()] },
        new("Write") { Dependencies = [.. _written], Output = [new WriteFiles(), new ValidateLinks(), new PublishSite()] },
    ];

    // The pipelines whose documents end up in output/. The single large files come first, so that
    // no core is left writing one of them alone at the end; then transcripts before the pages that
    // link into them, so those links' anchors are already known (see Output/LinkIndex).
    private static readonly string[] _written = ["SearchIndex", "Feeds", "Sitemap", "Assets", "Transcripts", "Pages", "Home", "Topics", "Speakers", "Glossary", "NotFound", "Robots", "Search"];

    // The pipelines whose HTML pages the sitemap lists (NotFound's 404.html is not a page to index).
    private static readonly string[] _pages = ["Home", "Transcripts", "Pages", "Topics", "Speakers", "Glossary", "Search"];
}

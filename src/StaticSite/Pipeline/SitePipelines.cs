using StaticSite.Input;
using StaticSite.Model;
using StaticSite.Output;
using StaticSite.Rendering;
using static StaticSite.Pipeline.PipelineNames;

namespace StaticSite.Pipeline;

/// <summary>
/// The whole build, top to bottom. Read this file to know what a build does; each module is one
/// step in its stage's folder. Between Process and PostProcess the engine builds the site model
/// (Model/SiteModelBuilder): every reference resolved, every cross-reference indexed once.
/// </summary>
public static class SitePipelines
{
    // The interviews index and the transcripts share one navigation item; the home page has none of
    // its own (the site title leads there), so "Interviews" is current only where interviews are listed or read.
    private static readonly NavEntry _interviews = new("Interviews", urls => urls.Transcripts) { IsCollection = true };

    /// <summary>
    /// Every kind of page and file the site writes. A new kind is a module, a layout and an entry
    /// here: its pipeline, reserved slug, navigation item, sitemap entry, place in the write order
    /// and preview dependencies all follow from the entry.
    /// </summary>
    public static PageKinds Kinds { get; } = new(
    [
        new(Assets)
        {
            Input = [new ReadThemeFiles("assets", "assets/", copyToOutput: true)],
            Process = [new MinifyStylesheets()],
            ReservedSlug = "assets",
            WriteOrder = WriteOrder.LinkTarget,
        },
        new(Transcripts)
        {
            Dependencies = [Data, Layouts],
            Input = [new ReadFiles("transcripts", "*.md")],
            Process = [new ParseTranscript()],
            PostProcess = [new RenderTranscriptPages()],
            ReservedSlug = "transcripts", IsSummarySection = true, Layouts = ["transcript", "cite"], Nav = _interviews, InSitemap = true,
            WriteOrder = WriteOrder.LinkTarget, DependencyKey = PageDependencies.Transcript,
        },
        // /transcripts/ itself: its slug is the transcripts' reserved one.
        new(Interviews)
        {
            Dependencies = [Transcripts], PostProcess = [new RenderInterviewsIndex()], Layouts = ["transcripts"], Nav = _interviews, InSitemap = true,
        },
        new(Pages)
        {
            Dependencies = [Data, Layouts],
            Input = [new ReadFiles("pages", "*.md")],
            Process = [new ParseFreePage()],
            PostProcess = [new RenderFreePages()],
            Layouts = ["page"], InSitemap = true,
        },
        new(Home) { Dependencies = [Transcripts, Pages], PostProcess = [new RenderHomePage()], Layouts = ["home"], InSitemap = true },
        new(Topics)
        {
            Dependencies = [Transcripts], PostProcess = [new RenderTopicPages()],
            ReservedSlug = "topics", IsSummarySection = true, Layouts = ["topics", "topic"], Nav = new("Topics", urls => urls.Topics), InSitemap = true,
            DependencyKey = PageDependencies.Topic,
        },
        new(Speakers)
        {
            Dependencies = [Transcripts], PostProcess = [new RenderSpeakerPages()],
            ReservedSlug = "speakers", IsSummarySection = true, Layouts = ["speakers", "speaker"], Nav = new("Speakers", urls => urls.Speakers), InSitemap = true,
            DependencyKey = PageDependencies.Speaker,
        },
        new(Glossary)
        {
            Dependencies = [Transcripts], PostProcess = [new RenderGlossaryPages()],
            ReservedSlug = "glossary", IsSummarySection = true, Layouts = ["glossary", "term"], Nav = new("Glossary", urls => urls.Glossary), InSitemap = true,
            DependencyKey = PageDependencies.Term,
        },
        // 404.html is not a page to index.
        new(NotFound) { Dependencies = [Layouts], PostProcess = [new RenderNotFoundPage()], ReservedSlug = "404", Layouts = ["404"] },
        new(Robots) { PostProcess = [new RenderRobotsTxt()] },
        new(Search) { Dependencies = [Transcripts], PostProcess = [new RenderSearchPage()], ReservedSlug = "search", Layouts = ["search"], InSitemap = true },
        new(SearchIndex) { Dependencies = [Transcripts], PostProcess = [new PlanWhenAskedFor(new RenderSearchIndex(), "search-index/")], ReservedSlug = "search-index" },
        new(Feeds) { Dependencies = [Transcripts], PostProcess = [new RenderFeed()], ReservedSlug = "feed", WriteOrder = WriteOrder.LargeFile },
        // Lists the kinds InSitemap as it is written, when every kind has planned its pages.
        new(Sitemap) { PostProcess = [new RenderSitemap()], WriteOrder = WriteOrder.LargeFile },
    ]);

    public static IReadOnlyList<Pipeline> All() => All(Kinds);

    /// <summary>The pipelines of a build of these page kinds.</summary>
    public static IReadOnlyList<Pipeline> All(PageKinds kinds) =>
    [
        new(Layouts) { Input = [new ReadLayouts()] },
        new(Data) { Input = [new ReadDataFiles()], Process = [new ParseDataFile()] },
        .. kinds.All.Select(kind => kind.Pipeline()),
        new(Write)
        {
            Dependencies = [.. kinds.InWriteOrder.Select(kind => kind.Name)],
            Output = [new CheckDestinations(), new WriteFiles(), new ValidateLinks(), new PublishSite()],
        },
    ];
}

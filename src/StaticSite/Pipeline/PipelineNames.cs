namespace StaticSite.Pipeline;

/// <summary>
/// The names of the build's pipelines, in one place: modules read each other's results by these
/// names (<see cref="BuildContext.Results"/>), and a misspelt one would read nothing.
/// </summary>
public static class PipelineNames
{
    public const string Layouts = "Layouts";
    public const string Data = "Data";
    public const string Assets = "Assets";
    public const string Transcripts = "Transcripts";
    public const string Interviews = "Interviews";
    public const string Pages = "Pages";
    public const string Home = "Home";
    public const string Topics = "Topics";
    public const string Speakers = "Speakers";
    public const string Glossary = "Glossary";
    public const string Feeds = "Feeds";
    public const string Search = "Search";
    public const string SearchIndex = "SearchIndex";
    public const string NotFound = "NotFound";
    public const string Sitemap = "Sitemap";
    public const string Robots = "Robots";
    public const string Write = "Write";
}

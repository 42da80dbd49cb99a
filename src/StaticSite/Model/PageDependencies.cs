namespace StaticSite.Model;

/// <summary>
/// The keys a page depends on, so that a preview rebuild renders only what a changed transcript
/// feeds: its own page and exports, and the pages of the topics, speakers and terms it touches.
/// Index pages, home, feed, sitemap and search always render.
/// </summary>
public static class PageDependencies
{
    public static string OfTranscript(Transcript transcript) => OfTranscript(transcript.Header.Location.Path);

    /// <summary>The key of a transcript's own page and exports, by its source file (which may no longer exist).</summary>
    public static string OfTranscript(string source) => "transcript:" + source;

    public static string OfTopic(string id) => "topic:" + id;

    public static string OfSpeaker(string id) => "speaker:" + id;

    public static string OfTerm(string id) => "term:" + id;

    /// <summary>Everything each transcript feeds, by its source file.</summary>
    public static Dictionary<string, IReadOnlySet<string>> Of(SiteModel model) => model.Transcripts.ToDictionary(
        t => t.Header.Location.Path,
        t => (IReadOnlySet<string>)new HashSet<string>(
            t.Exchanges.SelectMany(e => e.Topics).Select(topic => OfTopic(topic.Id))
                .Concat(t.Turns.Select(turn => OfSpeaker(turn.Speaker.Id)))
                .Concat(t.Turns.SelectMany(turn => turn.Item.TermIds).Select(OfTerm))
                .Append(OfTranscript(t)),
            StringComparer.Ordinal),
        StringComparer.Ordinal);
}

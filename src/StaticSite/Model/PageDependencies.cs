namespace StaticSite.Model;

/// <summary>
/// The keys pages depend on, so that a preview rebuild looks again only at what a changed transcript
/// feeds: its own page and exports, and the pages of the topics, speakers and terms it touches; of
/// those, a page renders only when its fingerprint changed (Rendering/PageFingerprint). Pages without
/// a key are compared by fingerprint when they have one (the archive, search), else always render
/// (indexes, home). Each page kind names its key in the registry (Pipeline/SitePipelines).
/// </summary>
public static class PageDependencies
{
    /// <summary>A transcript's own page and exports, by its source file (which may no longer exist).</summary>
    public static DependencyKey Transcript { get; } = new("transcript", t => [t.Header.Location.Path]);

    /// <summary>
    /// A transcript's page as far as it shows other transcripts' passages as related: made stale by the related
    /// passages themselves (Rendering/RelatedPassages) when one it showed changed, never fed by a transcript.
    /// </summary>
    public static DependencyKey Related { get; } = new("related", _ => []);

    public static DependencyKey Topic { get; } = new("topic", t => t.Topics.Select(topic => topic.Id));

    public static DependencyKey Speaker { get; } = new("speaker", t => t.Turns.Select(turn => turn.Speaker.Id));

    public static DependencyKey Term { get; } = new("term", t => t.Turns.SelectMany(turn => turn.Item.TermIds));

    /// <summary>Everything the transcripts of these sources feed (those in the model), by source file.</summary>
    public static Dictionary<string, IReadOnlySet<string>> Of(SiteModel model, IReadOnlyList<DependencyKey> keys, IReadOnlySet<string> sources) => model.Transcripts
        .Where(t => sources.Contains(t.Header.Location.Path)).ToDictionary(
        t => t.Header.Location.Path,
        t => (IReadOnlySet<string>)new HashSet<string>(keys.SelectMany(key => key.FedBy(t)), StringComparer.Ordinal),
        StringComparer.Ordinal);

    /// <summary>Everything each transcript feeds, by its source file, of the given kinds of key.</summary>
    public static Dictionary<string, IReadOnlySet<string>> Of(SiteModel model, IReadOnlyList<DependencyKey> keys) => model.Transcripts.ToDictionary(
        t => t.Header.Location.Path,
        t => (IReadOnlySet<string>)new HashSet<string>(keys.SelectMany(key => key.FedBy(t)), StringComparer.Ordinal),
        StringComparer.Ordinal);
}

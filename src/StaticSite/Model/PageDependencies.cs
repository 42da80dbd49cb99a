namespace StaticSite.Model;

/// <summary>
/// The keys pages depend on, so that a preview rebuild renders only what a changed transcript
/// feeds: its own page and exports, and the pages of the topics, speakers and terms it touches.
/// Pages of a kind without a key (indexes, home, feed, sitemap, search) always render.
/// Each page kind names its key in the registry (Pipeline/SitePipelines).
/// </summary>
public static class PageDependencies
{
    /// <summary>A transcript's own page and exports, by its source file (which may no longer exist).</summary>
    public static DependencyKey Transcript { get; } = new("transcript", t => [t.Header.Location.Path]);

    public static DependencyKey Topic { get; } = new("topic", t => t.Exchanges.SelectMany(e => e.Topics).Select(topic => topic.Id));

    public static DependencyKey Speaker { get; } = new("speaker", t => t.Turns.Select(turn => turn.Speaker.Id));

    public static DependencyKey Term { get; } = new("term", t => t.Turns.SelectMany(turn => turn.Item.TermIds));

    /// <summary>
    /// A transcript's kind. No page has this key: every page depends on the set of kinds the site holds, which
    /// names the collection in its navigation (Rendering/KindLabels), and a rebuild that changes the set reuses none.
    /// </summary>
    public static DependencyKey Kind { get; } = new("kind", t => [t.Kind.Id]);

    /// <summary>Everything each transcript feeds, by its source file, of the given kinds of key, and its <see cref="Kind"/>.</summary>
    public static Dictionary<string, IReadOnlySet<string>> Of(SiteModel model, IReadOnlyList<DependencyKey> keys) => model.Transcripts.ToDictionary(
        t => t.Header.Location.Path,
        t => (IReadOnlySet<string>)new HashSet<string>(keys.Append(Kind).SelectMany(key => key.FedBy(t)), StringComparer.Ordinal),
        StringComparer.Ordinal);

    /// <summary>The kinds held, as <see cref="Kind"/> keys, by a site whose transcripts fed <paramref name="dependencies"/>.</summary>
    public static HashSet<string> KindsHeld(IReadOnlyDictionary<string, IReadOnlySet<string>> dependencies) =>
        new(dependencies.Values.SelectMany(keys => keys).Where(key => key.StartsWith(Kind.Of(""), StringComparison.Ordinal)), StringComparer.Ordinal);
}

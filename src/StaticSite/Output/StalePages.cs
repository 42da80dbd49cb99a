using StaticSite.Input;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// Which pages an incremental rebuild must render: those that depend on a changed transcript, in
/// the previous build or in this one (a topic the transcript no longer has must lose its exchange).
/// Every other page that has a dependency key is the previous build's page, byte for byte, unless the set of kinds
/// the site holds changed: every page names the collection after it, so then none is reused.
/// </summary>
internal sealed class StalePages(MemorySite previous, HashSet<string> stale, bool kindsHeldChanged = false)
{
    public static StalePages Of(IncrementalBuild incremental, BuildContext context)
    {
        var current = PageDependencies.Of(context.Model, context.PageKinds.DependencyKeys);
        var stale = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in incremental.ChangedTranscripts)
        {
            stale.Add(PageDependencies.Transcript.Of(source));
            if (incremental.PreviousDependencies.TryGetValue(source, out var before)) stale.UnionWith(before);
            if (current.TryGetValue(source, out var after)) stale.UnionWith(after);
        }
        var kindsHeldChanged = !PageDependencies.KindsHeld(incremental.PreviousDependencies).SetEquals(PageDependencies.KindsHeld(current));
        return new StalePages(incremental.PreviousSite, stale, kindsHeldChanged);
    }

    /// <summary>The previous build's bytes for this document when they can be reused, else null.</summary>
    public byte[]? Previous(Document document) =>
        kindsHeldChanged || document.Find<string>(MetadataKeys.DependsOn) is not { } key || stale.Contains(key) ? null : previous.Find(document.Destination);

    /// <summary>What the previous build's scan of this page found, if it kept that.</summary>
    public ScannedLinks? PreviousLinks(Document document) => previous.LinksOf(document.Destination);
}

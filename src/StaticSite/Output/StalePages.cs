using StaticSite.Input;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// Which pages an incremental rebuild may take from the previous build: a page with a fingerprint
/// (Rendering/PageFingerprint) when it is the previous build's fingerprint, so one page of a long list is
/// rendered only when what it shows changed; a page with only a dependency key when no changed transcript
/// feeds that key, in the previous build or in this one. Nothing, when what every page shows of the whole
/// collection changed.
/// </summary>
internal sealed class StalePages(MemorySite previous, HashSet<string> stale, bool siteWideChanged)
{
    public static StalePages Of(IncrementalBuild incremental, BuildContext context, ulong siteWide)
    {
        var current = PageDependencies.Of(context.Model, context.PageKinds.DependencyKeys);
        var stale = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in incremental.ChangedTranscripts)
        {
            stale.Add(PageDependencies.Transcript.Of(source));
            if (incremental.PreviousDependencies.TryGetValue(source, out var before)) stale.UnionWith(before);
            if (current.TryGetValue(source, out var after)) stale.UnionWith(after);
        }
        return new StalePages(incremental.PreviousSite, stale, incremental.PreviousSite.SiteWide != siteWide);
    }

    /// <summary>The previous build's bytes for this document when they can be reused, else null.</summary>
    public byte[]? Previous(Document document)
    {
        if (siteWideChanged) return null;
        if (document.Find<Lazy<ulong>>(MetadataKeys.Fingerprint) is { } fingerprint)
            return previous.FingerprintOf(document.Destination) == fingerprint.Value ? previous.Find(document.Destination) : null;
        return document.Find<string>(MetadataKeys.DependsOn) is not { } key || stale.Contains(key) ? null : previous.Find(document.Destination);
    }

    /// <summary>The previous build's bytes at this document's destination, reusable or not (null for a file made when asked for).</summary>
    public byte[]? PreviousBytes(Document document) => previous.LinksOf(document.Destination) is null ? null : previous.Find(document.Destination);

    /// <summary>What the previous build's scan of this page found, if it kept that.</summary>
    public ScannedLinks? PreviousLinks(Document document) => previous.LinksOf(document.Destination);
}

using StaticSite.Input;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// Which pages an incremental rebuild may take from the previous build. A page whose dependency key no changed
/// transcript feeds (in the previous build or in this one) is the previous build's page. A page whose key one
/// feeds, or that has none, is the previous build's page when its fingerprint (Rendering/PageFingerprint) is, so
/// of a long list only the pages whose own items changed are rendered. Nothing is reused when what every page
/// shows of the whole collection changed.
/// </summary>
internal sealed class StalePages(MemorySite previous, HashSet<string> stale, bool siteWideChanged)
{
    public static StalePages Of(IncrementalBuild incremental, BuildContext context, ulong siteWide)
    {
        var changed = new HashSet<string>(incremental.ChangedTranscripts, StringComparer.Ordinal);
        var current = PageDependencies.Of(context.Model, context.PageKinds.DependencyKeys, changed);
        var stale = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in changed)
        {
            stale.Add(PageDependencies.Transcript.Of(source));
            if (incremental.PreviousDependencies(source) is { } before) stale.UnionWith(before);
            if (current.TryGetValue(source, out var after)) stale.UnionWith(after);
        }
        // A transcript's page shows other transcripts' passages as related: compared when they may rank otherwise (and then
        // its exports too, since what changed their ranking may be the counts its topic links carry), or when one it showed changed.
        var related = context.RelatedPassages();
        foreach (var source in related.Reranked()) stale.Add(PageDependencies.Transcript.Of(source));
        foreach (var source in related.Showing(ShownOtherwise(changed, incremental.PreviousSite.Passages, context.PassageDigests()))) stale.Add(PageDependencies.Related.Of(source));
        return new StalePages(incremental.PreviousSite, stale, incremental.PreviousSite.SiteWide != siteWide);
    }

    // The exchanges of the changed transcripts that a page showing them as related would now show otherwise (or not at
    // all), by source and place: an edit of an answer or of the words before the first question changes none.
    private static HashSet<(string Source, int Index)> ShownOtherwise(IEnumerable<string> changed, Rendering.PassageDigests? before, Rendering.PassageDigests now)
    {
        var shown = new HashSet<(string Source, int Index)>();
        foreach (var source in changed)
        {
            var was = before?.AsRelated(source) ?? [];
            var @is = now.AsRelated(source);
            for (var i = 0; i < was.Count; i++)
            {
                if (i >= @is.Count || was[i] != @is[i]) shown.Add((source, i));
            }
        }
        return shown;
    }

    /// <summary>The previous build's bytes for this document when they can be reused, else null; and the page's fingerprint, if it has one and it is known.</summary>
    public byte[]? Previous(Document document, out ulong? fingerprint)
    {
        fingerprint = null;
        if (siteWideChanged) return null;
        var settled = document.Find<string[]>(MetadataKeys.DependsOn) is { } keys && !keys.Any(stale.Contains);
        var before = previous.FingerprintOf(document.Destination);
        if (document.Find<Lazy<ulong>>(MetadataKeys.Fingerprint) is not { } mine) return settled ? previous.Find(document.Destination) : null;
        if (settled && before is not null)
        {
            fingerprint = before; // nothing it shows can have changed, so its fingerprint is not worked out again
            return previous.Find(document.Destination);
        }
        fingerprint = mine.Value;
        return before == fingerprint ? previous.Find(document.Destination) : null;
    }

    /// <summary>The previous build's bytes at this document's destination, reusable or not (null for a file made when asked for).</summary>
    public byte[]? PreviousBytes(Document document) => previous.LinksOf(document.Destination) is null ? null : previous.Find(document.Destination);

    /// <summary>What the previous build's scan of this page found, if it kept that.</summary>
    public ScannedLinks? PreviousLinks(Document document) => previous.LinksOf(document.Destination);
}

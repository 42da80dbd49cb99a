using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>
/// Each exchange's related passages (Model/RelatedExchanges) as this build's pages show them, found once per
/// build. A preview rebuild takes an exchange's list from the previous build when no transcript whose ranking
/// inputs changed shares a topic or term with it: the ranking compares only exchanges that share topics or
/// terms, by those and by the interviews' order, never by their words, so a list can change only when such an
/// exchange came, went or was filed anew. Otherwise a save would rank every exchange of the site again to know
/// which transcript pages show a changed passage (PageFingerprint).
/// </summary>
public sealed class RelatedPassages
{
    private readonly SiteModel _model;
    private readonly ConcurrentDictionary<Exchange, IReadOnlyList<Exchange>> _of;
    private readonly Dictionary<string, Transcript> _bySource;
    // What this build found, by source and index, for the next build: no exchange of this build's model is held.
    private readonly ConcurrentDictionary<(string Source, int Index), (string Source, int Index)[]> _identities;
    private readonly ConcurrentDictionary<(string Source, int Index), (string Source, int Index)[]>? _previous;
    private readonly HashSet<string> _changedSources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changedKeys = new(StringComparer.Ordinal);
    private readonly bool _forNextBuild;

    /// <param name="previous">The previous build's, in a preview session; null ranks every exchange it is asked for.</param>
    /// <param name="version">A transcript's version (TranscriptVersions) when known: an unchanged transcript's ranking inputs are the previous build's.</param>
    /// <param name="forNextBuild">Keep what the next build starts from (a preview's builds); a one-off build only memoizes.</param>
    public RelatedPassages(SiteModel model, RelatedPassages? previous, Func<Transcript, ulong?> version, bool forNextBuild)
    {
        _model = model;
        _forNextBuild = forNextBuild;
        var exchanges = model.Transcripts.Sum(t => t.Exchanges.Count);
        _of = SizedDictionary.Of<Exchange, IReadOnlyList<Exchange>>(exchanges, ReferenceEqualityComparer.Instance);
        _identities = SizedDictionary.Of<(string Source, int Index), (string Source, int Index)[]>(forNextBuild ? exchanges : 0);
        _bySource = model.Transcripts.ToDictionary(t => t.Header.Location.Path, StringComparer.Ordinal);
        Inputs = !forNextBuild ? new(StringComparer.Ordinal) : model.Transcripts.ToDictionary(t => t.Header.Location.Path, t =>
            version(t) is { } now && previous is not null && previous.Inputs.TryGetValue(t.Header.Location.Path, out var before) && before.Version == now
                ? before
                : RankingInputs(t) with { Version = version(t) },
            StringComparer.Ordinal);
        if (previous is null) return;
        _previous = previous._identities;
        foreach (var (source, before) in previous.Inputs)
        {
            if (Inputs.TryGetValue(source, out var now) && now.Digest == before.Digest) continue;
            _changedSources.Add(source);
            _changedKeys.UnionWith(before.Keys);
            if (now.Keys is not null) _changedKeys.UnionWith(now.Keys);
        }
        foreach (var (source, now) in Inputs)
        {
            if (previous.Inputs.ContainsKey(source)) continue;
            _changedSources.Add(source);
            _changedKeys.UnionWith(now.Keys);
        }
        // A page the preview reuses without a look asks for none of its lists: they carry over as they were, for the build after.
        foreach (var (key, related) in _previous)
        {
            if (!_changedSources.Contains(key.Source) && _bySource.TryGetValue(key.Source, out var transcript) && key.Index < transcript.Exchanges.Count)
                _identities[key] = related;
        }
    }

    /// <summary>Per transcript, a hash of what ranking reads of it and the topics and terms its exchanges have.</summary>
    private Dictionary<string, (ulong Digest, string[] Keys, ulong? Version)> Inputs { get; }

    /// <summary>
    /// Sources of the transcripts whose pages may show other related passages than in the previous build: those whose
    /// ranking inputs changed and those sharing a topic or term with one; every transcript when there was no previous build.
    /// </summary>
    public IEnumerable<string> Reranked()
    {
        if (_previous is null) return Inputs.Keys;
        var reranked = new HashSet<string>(_changedSources, StringComparer.Ordinal);
        if (_changedKeys.Count > 0)
            reranked.UnionWith(Inputs.Where(p => p.Value.Keys.Any(_changedKeys.Contains)).Select(p => p.Key));
        return reranked;
    }

    /// <summary>Sources of the transcripts whose pages showed one of these exchanges (by source and place) as related in the previous build.</summary>
    public IEnumerable<string> Showing(IReadOnlySet<(string Source, int Index)> exchanges)
    {
        var showing = new HashSet<string>(StringComparer.Ordinal);
        if (exchanges.Count == 0) return showing;
        foreach (var (exchange, related) in _previous ?? [])
        {
            if (related.Any(exchanges.Contains)) showing.Add(exchange.Source);
        }
        return showing;
    }

    /// <summary>The exchange's related passages, best first.</summary>
    public IReadOnlyList<Exchange> Of(Exchange exchange) => _of.GetOrAdd(exchange, Find);

    private IReadOnlyList<Exchange> Find(Exchange exchange)
    {
        var source = exchange.Transcript.Header.Location.Path;
        if (_previous is not null && !_changedSources.Contains(source) && (_changedKeys.Count == 0 || !Keys(exchange).Any(_changedKeys.Contains))
            && _previous.TryGetValue((source, exchange.Index), out var kept))
        {
            _identities[(source, exchange.Index)] = kept;
            return [.. kept.Select(r => _bySource[r.Source].Exchanges[r.Index])];
        }
        var found = _model.Related.Of(exchange);
        if (_forNextBuild) _identities[(source, exchange.Index)] = [.. found.Select(r => (r.Transcript.Header.Location.Path, r.Index))];
        return found;
    }

    // What the ranking shares between exchanges, as it defines it.
    private static IEnumerable<string> Keys(Exchange exchange) =>
        RelatedExchanges.TopicsOf(exchange).Select(id => "topic:" + id).Concat(RelatedExchanges.TermsOf(exchange).Select(id => "term:" + id));

    // The interview's place in the order (date, slug), and per exchange its topics, speakers and terms.
    private static (ulong Digest, string[] Keys, ulong? Version) RankingInputs(Transcript transcript)
    {
        var hash = new XxHash3();
        void Add(string text)
        {
            hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
            hash.Append([0]);
        }
        Add(transcript.Header.Date.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(transcript.Slug);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var exchange in transcript.Exchanges)
        {
            Add("exchange");
            foreach (var topic in exchange.Topics) Add(topic.Id);
            foreach (var turn in exchange.Turns)
            {
                Add("turn");
                Add(turn.Speaker.Id);
                foreach (var term in turn.Item.TermIds) Add(term);
            }
            keys.UnionWith(Keys(exchange));
        }
        return (hash.GetCurrentHashAsUInt64(), [.. keys], null);
    }
}

namespace StaticSite.Model;

/// <summary>
/// For an exchange, the exchanges of other interviews that share its topics or glossary terms, best
/// first. They are found through indexes by topic and by term, so an exchange meets only the
/// exchanges it shares something with, never every exchange of the site.
/// </summary>
public sealed class RelatedExchanges
{
    /// <summary>How many related passages an exchange offers at most.</summary>
    public const int MaxCount = 3;

    // An editor files the whole exchange under a topic; a term is one word in it, so a shared topic says more.
    private const int TopicWeight = 2;
    private const int TermWeight = 1;

    private readonly IReadOnlyDictionary<string, IReadOnlyList<Exchange>> _byTopic;
    private readonly Dictionary<string, List<Exchange>> _byTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<Transcript, int> _transcriptOrder = new(ReferenceEqualityComparer.Instance);

    /// <param name="transcripts">In the model's order, newest first: ties go to the newer interview, then the earlier exchange.</param>
    /// <param name="byTopic">The model's exchanges by topic id.</param>
    public RelatedExchanges(IReadOnlyList<Transcript> transcripts, IReadOnlyDictionary<string, IReadOnlyList<Exchange>> byTopic)
    {
        _byTopic = byTopic;
        foreach (var transcript in transcripts)
        {
            _transcriptOrder[transcript] = _transcriptOrder.Count;
            foreach (var exchange in transcript.Exchanges)
            {
                foreach (var term in TermIds(exchange))
                {
                    if (!_byTerm.TryGetValue(term, out var list)) _byTerm[term] = list = [];
                    list.Add(exchange);
                }
            }
        }
    }

    /// <summary>At most <see cref="MaxCount"/> exchanges of other interviews, by shared topics and terms (weighted), then newest interview, then order in it; none when nothing is shared.</summary>
    public IReadOnlyList<Exchange> Of(Exchange exchange)
    {
        var scores = new Dictionary<Exchange, int>(ReferenceEqualityComparer.Instance);
        foreach (var topic in exchange.Topics)
            if (_byTopic.TryGetValue(topic.Id, out var exchanges)) Score(exchanges, TopicWeight);
        foreach (var term in TermIds(exchange))
            if (_byTerm.TryGetValue(term, out var exchanges)) Score(exchanges, TermWeight);
        if (scores.Count == 0) return [];
        return [.. scores
            .OrderByDescending(p => p.Value)
            .ThenBy(p => _transcriptOrder[p.Key.Transcript])
            .ThenBy(p => p.Key.Index)
            .Take(MaxCount)
            .Select(p => p.Key)];

        void Score(IEnumerable<Exchange> sharing, int weight)
        {
            foreach (var other in sharing)
                if (!ReferenceEquals(other.Transcript, exchange.Transcript)) scores[other] = scores.GetValueOrDefault(other) + weight;
        }
    }

    /// <summary>The glossary terms named anywhere in the exchange, each once.</summary>
    private static IEnumerable<string> TermIds(Exchange exchange) => exchange.Turns.SelectMany(t => t.Item.TermIds).Distinct(StringComparer.Ordinal);
}

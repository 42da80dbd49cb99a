namespace StaticSite.Model;

/// <summary>
/// For an exchange, the exchanges of other interviews that share its topics or glossary terms, best
/// first. Each shared topic or term puts forward at most <see cref="CandidatesPerKey"/> exchanges,
/// newest interview first, and those are scored on everything they share. So an exchange's work is
/// bounded however many exchanges of an archive share a topic, while a rare term (a short list, put
/// forward whole) still brings an older exchange that shares it.
/// </summary>
public sealed class RelatedExchanges
{
    /// <summary>How many related passages an exchange offers at most.</summary>
    public const int MaxCount = 3;

    /// <summary>How many exchanges of other interviews each shared topic or term puts forward for ranking.</summary>
    public const int CandidatesPerKey = 32;

    // An editor files the whole exchange under a topic; a term is one word in it, so a shared topic says more.
    private const int TopicWeight = 2;
    private const int TermWeight = 1;

    // Exchanges are numbered in the model's order (newest interview first, then order in it), so a
    // lower number wins a tie and one interview's exchanges are a run of numbers.
    private readonly List<Exchange> _exchanges = [];
    private readonly Dictionary<Exchange, int> _numbers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Transcript, int> _firstNumbers = new(ReferenceEqualityComparer.Instance);
    private readonly List<int[]> _keysByNumber = [];
    private readonly SharedKeys _keys = new();

    /// <param name="transcripts">In the model's order, newest first: ties go to the newer interview, then the earlier exchange.</param>
    public RelatedExchanges(IReadOnlyList<Transcript> transcripts)
    {
        foreach (var transcript in transcripts)
        {
            _firstNumbers[transcript] = _exchanges.Count;
            foreach (var exchange in transcript.Exchanges)
            {
                var number = _exchanges.Count;
                _exchanges.Add(exchange);
                _numbers[exchange] = number;
                _keysByNumber.Add(_keys.File(number, TopicsOf(exchange), TopicWeight, TermsOf(exchange), TermWeight));
            }
        }
    }

    /// <summary>The topics an exchange is ranked by: those it is filed under.</summary>
    public static IEnumerable<string> TopicsOf(Exchange exchange) => exchange.Topics.Select(t => t.Id);

    /// <summary>The glossary terms an exchange is ranked by: those named in any of its turns, each once.</summary>
    public static IEnumerable<string> TermsOf(Exchange exchange) => exchange.Turns.SelectMany(t => t.Item.TermIds).Distinct(StringComparer.Ordinal);

    /// <summary>At most <see cref="MaxCount"/> exchanges of other interviews, by shared topics and terms (weighted), then newest interview, then order in it; none when nothing is shared.</summary>
    public IReadOnlyList<Exchange> Of(Exchange exchange)
    {
        if (!_numbers.TryGetValue(exchange, out var number)) return [];
        var ownFirst = _firstNumbers[exchange.Transcript];
        var ownEnd = ownFirst + exchange.Transcript.Exchanges.Count;
        var keys = _keysByNumber[number];
        var candidates = new List<int>(keys.Length * CandidatesPerKey);
        foreach (var key in keys) _keys.Draw(key, ownFirst, ownEnd, CandidatesPerKey, candidates);
        candidates.Sort();

        var best = new Ranking(MaxCount);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (i > 0 && candidates[i] == candidates[i - 1]) continue;
            best.Offer(candidates[i], _keys.Score(keys, _keysByNumber[candidates[i]]));
        }
        return [.. best.Numbers.Select(n => _exchanges[n])];
    }
}

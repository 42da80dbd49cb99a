namespace StaticSite.Model;

/// <summary>
/// The best few of a stream of scored numbers offered in ascending order: a higher score wins, and on
/// equal scores the one offered first stays ahead, so no list of all candidates is ever sorted.
/// </summary>
internal sealed class Ranking(int size)
{
    private readonly List<(int Number, int Score)> _best = new(size + 1);

    public IEnumerable<int> Numbers => _best.Select(b => b.Number);

    /// <summary>Takes the number if it beats the last kept; a score of zero (nothing shared) is never kept.</summary>
    public void Offer(int number, int score)
    {
        if (score <= 0 || (_best.Count == size && score <= _best[^1].Score)) return;
        var at = _best.Count;
        while (at > 0 && _best[at - 1].Score < score) at--;
        _best.Insert(at, (number, score));
        if (_best.Count > size) _best.RemoveAt(size);
    }
}

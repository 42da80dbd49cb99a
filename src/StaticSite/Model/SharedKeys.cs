namespace StaticSite.Model;

/// <summary>
/// The topics and terms exchanges are filed under, as small numbers with a weight each, and for each
/// key the numbers of the exchanges filed under it in ascending order: what <see cref="RelatedExchanges"/>
/// draws candidates from and scores them by.
/// </summary>
internal sealed class SharedKeys
{
    private readonly Dictionary<(bool Topic, string Id), int> _ids = [];
    private readonly List<int> _weights = [];
    private readonly List<List<int>> _exchanges = [];

    /// <summary>Files the exchange (numbers must come in ascending order) and returns its key ids, ascending.</summary>
    public int[] File(int exchange, IEnumerable<string> topics, int topicWeight, IEnumerable<string> terms, int termWeight)
    {
        var keys = new SortedSet<int>();
        foreach (var topic in topics) keys.Add(Id((true, topic), topicWeight));
        foreach (var term in terms) keys.Add(Id((false, term), termWeight));
        foreach (var key in keys) _exchanges[key].Add(exchange);
        return [.. keys];
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the first <paramref name="count"/> exchanges filed under the key,
    /// leaving out the run <paramref name="skipFrom"/>..<paramref name="skipTo"/> (one interview) in one step.
    /// </summary>
    public void Draw(int key, int skipFrom, int skipTo, int count, List<int> into)
    {
        var filed = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_exchanges[key]);
        var skipStart = LowerBound(filed, skipFrom);
        var skipEnd = LowerBound(filed, skipTo);
        var before = Math.Min(skipStart, count);
        into.AddRange(filed[..before]);
        into.AddRange(filed.Slice(skipEnd, Math.Min(filed.Length - skipEnd, count - before)));
    }

    /// <summary>The summed weight of the keys two exchanges share (both lists ascending).</summary>
    public int Score(int[] a, int[] b)
    {
        int score = 0, i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else { score += _weights[a[i]]; i++; j++; }
        }
        return score;
    }

    private int Id((bool Topic, string Id) key, int weight)
    {
        if (_ids.TryGetValue(key, out var id)) return id;
        _ids[key] = id = _weights.Count;
        _weights.Add(weight);
        _exchanges.Add([]);
        return id;
    }

    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        var index = sorted.BinarySearch(value);
        return index < 0 ? ~index : index;
    }
}

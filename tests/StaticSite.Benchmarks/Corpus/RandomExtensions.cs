namespace StaticSite.Benchmarks.Corpus;

/// <summary>Draws from a seeded <see cref="Random"/>: the same seed gives the same draws on every machine.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items, in the order drawn.</summary>
    public static List<T> Sample<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var chosen = new List<T>(count);
        for (var i = 0; i < count && pool.Count > 0; i++)
        {
            var at = random.Next(pool.Count);
            chosen.Add(pool[at]);
            pool.RemoveAt(at);
        }
        return chosen;
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}

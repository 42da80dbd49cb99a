using System.Collections.Concurrent;

namespace StaticSite.Pipeline;

/// <summary>
/// Concurrent dictionaries that every core fills at once, made at the size they will reach: one that grows takes all
/// its locks to copy itself, and the other cores spin at every doubling.
/// </summary>
internal static class SizedDictionary
{
    // A few locks per core, so that two cores adding at once seldom want the same one.
    private static int Locks => Environment.ProcessorCount * 4;

    public static ConcurrentDictionary<TKey, TValue> Of<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull =>
        new(Locks, Math.Max(capacity, 1), comparer);
}

namespace StaticSite.Pipeline;

/// <summary>Maps items in parallel and returns results in input order, so output never depends on scheduling.</summary>
public static class OrderedParallel
{
    public static IReadOnlyList<TResult> Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map)
    {
        var results = new TResult[items.Count];
        // One worker per core: the thread pool adds threads while workers block on I/O or GC, and the
        // extra threads only contend for the cores.
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => results[i] = map(items[i]));
        return results;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;

namespace StaticSite.Pipeline;

/// <summary>
/// Time and allocations per named step, summed over threads, for steps that run interleaved on
/// several cores (rendering, link scanning and writing happen page by page in one parallel loop).
/// Allocations are counted per thread, so they are exact whatever else runs at the same time.
/// </summary>
public sealed class PhaseClock
{
    // Added to by every thread for every page: counters updated in place, not a dictionary entry replaced under a lock.
    private readonly ConcurrentDictionary<string, Total> _totals = new(StringComparer.Ordinal);

    /// <summary>Where a step starts: pass it to <see cref="Add"/> when the step ends.</summary>
    public static (long Timestamp, long Allocated) Start() => (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

    /// <summary>Runs <paramref name="step"/> and adds its time and allocations to <paramref name="name"/>.</summary>
    public T Measure<T>(string name, Func<T> step)
    {
        var start = Start();
        try
        {
            return step();
        }
        finally
        {
            Add(name, start);
        }
    }

    /// <summary>Adds what happened on this thread since <paramref name="start"/> to <paramref name="name"/>.</summary>
    public void Add(string name, (long Timestamp, long Allocated) start)
    {
        var ticks = Stopwatch.GetTimestamp() - start.Timestamp;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - start.Allocated;
        var total = _totals.GetOrAdd(name, static _ => new Total());
        Interlocked.Add(ref total.Ticks, ticks);
        Interlocked.Add(ref total.Bytes, bytes);
    }

    /// <summary>Each step's summed time and allocated bytes, by name.</summary>
    public IReadOnlyList<(string Name, TimeSpan Time, long Allocated)> Totals() =>
        [.. _totals.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, Stopwatch.GetElapsedTime(0, Interlocked.Read(ref p.Value.Ticks)), Interlocked.Read(ref p.Value.Bytes)))];

    private sealed class Total
    {
        public long Ticks;
        public long Bytes;
    }
}

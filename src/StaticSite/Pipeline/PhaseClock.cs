using System.Collections.Concurrent;
using System.Diagnostics;

namespace StaticSite.Pipeline;

/// <summary>
/// Time spent per named step, summed over threads, for steps that run interleaved on several cores
/// (rendering, link scanning and writing happen page by page in one parallel loop).
/// </summary>
public sealed class PhaseClock
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="step"/> and adds its time to <paramref name="name"/>.</summary>
    public T Measure<T>(string name, Func<T> step)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return step();
        }
        finally
        {
            _ticks.AddOrUpdate(name, Stopwatch.GetTimestamp() - start, (_, total) => total + Stopwatch.GetTimestamp() - start);
        }
    }

    /// <summary>Adds the time since <paramref name="start"/> (a Stopwatch timestamp) to <paramref name="name"/>.</summary>
    public void Add(string name, long start)
    {
        var elapsed = Stopwatch.GetTimestamp() - start;
        _ticks.AddOrUpdate(name, elapsed, (_, total) => total + elapsed);
    }

    /// <summary>Each step's summed time, by name.</summary>
    public IReadOnlyList<(string Name, TimeSpan Time)> Totals() =>
        [.. _ticks.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, Stopwatch.GetElapsedTime(0, p.Value)))];
}

using System.Runtime;

namespace StaticSite.Cli.Preview;

/// <summary>
/// Holds the garbage collector off (a no-GC region) while a save's rebuild runs, for as much memory as the last such
/// rebuild allocated, with room to spare, and once the preview has been idle a moment has it collect the whole heap.
/// A rebuild keeps the previous site while it makes the next one beside it, so a collection in the middle, or right
/// after it, would copy both builds' live objects while the editor waits for the page; done while the editor reads
/// it, the collection finds the last build's leftovers dead, and the next save starts from the live site alone. A
/// rebuild that allocates more than the region lets the collector in as usual.
/// </summary>
internal sealed class CollectorHold : IDisposable
{
    // Room for a save that adds more than the last one did; no hold for a rebuild of everything, which may need far
    // more than a save and would commit it all up front.
    private const double Headroom = 1.5;
    private const long Smallest = 16 << 20;
    private const long Largest = 1L << 30;
    // Long enough for the browser to fetch the page a rebuild made, short beside an editor's time between saves.
    private static readonly TimeSpan _idle = TimeSpan.FromMilliseconds(200);
    private readonly Lock _lock = new();
    private readonly Timer _release;
    private long _lastAllocated;
    private bool _held;

    public CollectorHold() => _release = new Timer(_ => Collect(), null, Timeout.Infinite, Timeout.Infinite);

    /// <param name="incremental">Whether the rebuild renders only what a save changed (the kind measured last time).</param>
    public T Run<T>(bool incremental, Func<T> rebuild)
    {
        Release(); // a save soon after the last: the collector comes now, before it is held off again
        if (incremental && _lastAllocated > 0) Hold(Math.Clamp((long)(_lastAllocated * Headroom), Smallest, Largest));
        var before = GC.GetTotalAllocatedBytes();
        try
        {
            return rebuild();
        }
        finally
        {
            if (incremental) _lastAllocated = GC.GetTotalAllocatedBytes() - before;
            _release.Change(_idle, Timeout.InfiniteTimeSpan);
        }
    }

    private void Hold(long bytes)
    {
        lock (_lock)
        {
            try
            {
                _held = GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
            {
                // More than this collector can hold off for, or another session in the process (tests) holds it: the rebuild runs as any other.
                _held = false;
            }
        }
    }

    // Idle: the whole heap at once, blocking, while nobody waits; left to the collector's own pace, the previous
    // builds' leftovers piled up in the oldest generation, and a background collection of them shared the cores with the next save.
    private void Collect()
    {
        lock (_lock)
        {
            Release();
            GC.Collect();
        }
    }

    private void Release()
    {
        lock (_lock)
        {
            try
            {
                // Left already if the rebuild outgrew the region, which then ended in a collection.
                if (_held && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // It ended between the look and the call.
            }
            _held = false;
        }
    }

    public void Dispose()
    {
        _release.Dispose();
        Release();
    }
}

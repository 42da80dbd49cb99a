using System.Runtime;
using StaticSite.Cli.Preview;

namespace StaticSite.Tests.Cli;

/// <summary>
/// The collector held off while a save's rebuild runs. A no-GC region is the whole process's, so these run alone,
/// after the tests that run preview sessions side by side.
/// </summary>
[Collection(nameof(CollectorHoldTests))]
[CollectionDefinition(nameof(CollectorHoldTests), DisableParallelization = true)]
public sealed class CollectorHoldTests
{
    [Fact]
    public async Task ASaveRebuild_RunsWithTheCollectorHeldOff_AndLetsItInOnceIdle()
    {
        using var hold = new CollectorHold();
        // A rebuild of everything is not held (it may need far more than a save); it is not measured either.
        Assert.NotEqual(GCLatencyMode.NoGCRegion, hold.Run(incremental: false, () => GCSettings.LatencyMode));
        // The first save's rebuild is measured, the next is held off for what that one allocated.
        hold.Run(incremental: true, () => new byte[1 << 20].Length);
        var during = hold.Run(incremental: true, () => GCSettings.LatencyMode);
        Assert.Equal(GCLatencyMode.NoGCRegion, during);
        // Still held as the page is fetched, let go a moment later.
        var idle = System.Diagnostics.Stopwatch.StartNew();
        while (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion && idle.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.True(idle.Elapsed >= TimeSpan.FromMilliseconds(100), $"let go after {idle.Elapsed.TotalMilliseconds:F0} ms");
    }
}

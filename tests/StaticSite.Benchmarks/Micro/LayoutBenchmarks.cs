using BenchmarkDotNet.Attributes;
using StaticSite.Pipeline;

namespace StaticSite.Benchmarks.Micro;

/// <summary>
/// One transcript page through the real theme: its view model, transcript.liquid (with its
/// partials), then base.liquid around it, as the Write step renders each deferred page.
/// </summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private BenchmarkSite _site = null!;
    private Document _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.Create(20);
        var context = _site.Rendered();
        _page = context.Results("Transcripts").First(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark]
    public string? RenderTranscriptPage() => _page.ReadContent();
}

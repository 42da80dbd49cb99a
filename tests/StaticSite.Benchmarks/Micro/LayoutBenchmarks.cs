using BenchmarkDotNet.Attributes;
using StaticSite.Pipeline;
using StaticSite.Rendering;

namespace StaticSite.Benchmarks.Micro;

/// <summary>
/// One transcript page through the real theme: its view model, transcript.liquid (with its
/// partials), then base.liquid around it, as the Write step renders each deferred page: into a
/// page buffer.
/// </summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private readonly Utf8PageBuffer _buffer = new();
    private BenchmarkSite _site = null!;
    private Document _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.Create(20);
        _page = TranscriptPage(_site.Rendered());
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark]
    public int RenderTranscriptPage()
    {
        _buffer.Reset();
        _page.Writer!(_buffer);
        return _buffer.WrittenSpan.Length;
    }

    private static Document TranscriptPage(BuildContext context) =>
        context.Results("Transcripts").First(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
}

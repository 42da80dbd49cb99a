using BenchmarkDotNet.Attributes;
using StaticSite.Pipeline;
using StaticSite.Rendering;

namespace StaticSite.Benchmarks.Micro;

/// <summary>
/// One transcript page through the real theme: its view model, transcript.liquid (with its
/// partials), then base.liquid around it, as the Write step renders each deferred page: into a
/// page buffer, by the compiled layouts, and the same with every layout left to Fluid.
/// </summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private readonly Utf8PageBuffer _buffer = new();
    private BenchmarkSite _site = null!;
    private Document _page = null!;
    private Document _pageByFluid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.Create(20);
        _page = TranscriptPage(_site.Rendered());
        _pageByFluid = TranscriptPage(_site.Rendered(compileLayouts: false));
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark]
    public int RenderTranscriptPage() => Render(_page);

    [Benchmark(Baseline = true)]
    public int RenderTranscriptPageWithFluid() => Render(_pageByFluid);

    private static Document TranscriptPage(BuildContext context) =>
        context.Results("Transcripts").First(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));

    private int Render(Document page)
    {
        _buffer.Reset();
        page.Writer!(_buffer);
        return _buffer.WrittenSpan.Length;
    }
}

using System.Text;
using BenchmarkDotNet.Attributes;
using StaticSite.Output;
using StaticSite.Pipeline;

namespace StaticSite.Benchmarks.Micro;

/// <summary>Reading every id and link out of one rendered transcript page, as link validation does for each page.</summary>
[MemoryDiagnoser]
public class LinkScanBenchmarks
{
    private byte[] _html = [];

    [GlobalSetup]
    public void Setup()
    {
        using var site = BenchmarkSite.Create(20);
        var page = site.Rendered().Results(PipelineNames.Transcripts).First(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
        _html = Encoding.UTF8.GetBytes(page.ReadContent() ?? throw new InvalidOperationException("the page did not render"));
    }

    [Benchmark]
    public int ScanTranscriptPage()
    {
        var counter = new Counter();
        HtmlLinkScanner.Scan(_html, counter);
        return counter.Count;
    }

    private sealed class Counter : IHtmlLinkVisitor
    {
        public int Count { get; private set; }

        public void Id(ReadOnlySpan<char> id) => Count++;

        public void Reference(ReadOnlySpan<char> reference) => Count++;
    }
}

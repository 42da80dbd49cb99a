using BenchmarkDotNet.Attributes;
using StaticSite.Output;

namespace StaticSite.Benchmarks.Micro;

/// <summary>Reading every id and link out of one rendered transcript page, as link validation does for each page.</summary>
[MemoryDiagnoser]
public class LinkScanBenchmarks
{
    private string _html = "";
    private int _ids;
    private int _links;
    private Action<string> _onId = null!;
    private Action<string> _onLink = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var site = BenchmarkSite.Create(20);
        var page = site.Rendered().Results("Transcripts").First(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
        _html = page.ReadContent() ?? throw new InvalidOperationException("the page did not render");
        // Delegates made once, so the measurement is the scanner's, not closure allocation.
        _onId = _ => _ids++;
        _onLink = _ => _links++;
    }

    [Benchmark]
    public int ScanTranscriptPage()
    {
        (_ids, _links) = (0, 0);
        HtmlLinkScanner.Scan(_html, _onId, _onLink);
        return _ids + _links;
    }
}

using BenchmarkDotNet.Attributes;
using StaticSite.Model;

namespace StaticSite.Benchmarks.Micro;

/// <summary>
/// Every exchange's related passages in a linked archive, as the transcript pages ask for them: the
/// time per exchange must stay flat as the archive grows, since a topic is shared by ever more exchanges.
/// </summary>
[MemoryDiagnoser]
public class RelatedExchangesBenchmarks
{
    private SiteModel _model = null!;

    [Params(250, 1000)]
    public int Transcripts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var site = BenchmarkSite.Create(Transcripts);
        _model = site.Rendered().Model;
    }

    [Benchmark]
    public int RankEveryExchange()
    {
        var related = new RelatedExchanges(_model.Transcripts);
        var count = 0;
        foreach (var transcript in _model.Transcripts)
            foreach (var exchange in transcript.Exchanges)
                count += related.Of(exchange).Count;
        return count;
    }
}

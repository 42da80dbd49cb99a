using BenchmarkDotNet.Attributes;
using StaticSite.Pipeline;

namespace StaticSite.Benchmarks.Micro;

/// <summary>
/// The whole `build` of a 20-transcript corpus into a temp folder: read, parse, link, render,
/// validate links, write to staging and swap. Each invocation replaces the previous output.
/// </summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private BenchmarkSite _site = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.Create(20);
        var first = SiteBuilder.Build(_site.Options);
        if (!first.Succeeded) throw new InvalidOperationException("the corpus does not build: " + string.Join("; ", first.Diagnostics.Take(5)));
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark]
    public int BuildTwentyTranscripts() => SiteBuilder.Build(_site.Options).PagesWritten;
}

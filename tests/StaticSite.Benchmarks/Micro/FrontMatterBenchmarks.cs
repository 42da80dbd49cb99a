using BenchmarkDotNet.Attributes;
using StaticSite.Diagnostics;
using StaticSite.Input;
using StaticSite.Model;

namespace StaticSite.Benchmarks.Micro;

/// <summary>A transcript file's front matter: split off the body, load the YAML with positions, read and validate the header.</summary>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private BenchmarkSite _site = null!;
    private string _text = "";
    private string _path = "";
    private string _slug = "";

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.Create(1);
        (_text, _path, _slug) = (_site.TranscriptText, _site.TranscriptPath, _site.TranscriptSlug);
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark]
    public TranscriptHeader ReadHeader()
    {
        var diagnostics = new DiagnosticBag();
        var (fields, _) = FrontMatter.Read(_text, _path, diagnostics) ?? throw new InvalidOperationException("no front matter");
        return TranscriptHeaderReader.Read(fields, _slug, diagnostics);
    }
}

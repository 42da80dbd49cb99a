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
    private byte[] _file = [];
    private byte[] _scratch = [];
    private string _path = "";
    private string _slug = "";

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.Create(1);
        (_file, _path, _slug) = (_site.TranscriptBytes, _site.TranscriptPath, _site.TranscriptSlug);
        _scratch = new byte[_file.Length];
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark]
    public TranscriptHeader ReadHeader()
    {
        var diagnostics = new DiagnosticBag();
        // The build reads each file into a buffer that FrontMatter may change in place (line endings): a fresh copy per call.
        _file.CopyTo(_scratch, 0);
        var (fields, _) = FrontMatter.Read(_scratch, _path, diagnostics) ?? throw new InvalidOperationException("no front matter");
        return TranscriptHeaderReader.Read(fields, _slug, diagnostics);
    }
}

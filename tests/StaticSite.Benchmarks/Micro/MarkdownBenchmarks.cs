using BenchmarkDotNet.Attributes;
using StaticSite.Diagnostics;
using StaticSite.Input;
using StaticSite.Markdown;

namespace StaticSite.Benchmarks.Micro;

/// <summary>
/// One ~3,000-word transcript body through the Markdown stage: Markdig with our extensions (turn
/// labels, insertions, wiki links, highlights, margin notes), the AST rewrites, glossary linking
/// over 80 terms, and rendering each turn's HTML.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private BenchmarkSite _site = null!;
    private MarkdownConverter _converter = null!;
    private MarkdownSource _body = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.Create(1);
        _converter = new MarkdownConverter(_site.Glossary(), rawHtml: false);
        var diagnostics = new DiagnosticBag();
        _body = (FrontMatter.Read(_site.TranscriptBytes, _site.TranscriptPath, diagnostics) ?? throw new InvalidOperationException("no front matter")).Body;
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark]
    public ParsedBody ParseTranscript() => _converter.ParseTranscript(_body, new DiagnosticBag())!;

    /// <summary>What a build pays once: one Markdig pipeline and one glossary trie.</summary>
    [Benchmark]
    public MarkdownConverter CreateConverter() => new(_site.Glossary(), rawHtml: false);
}

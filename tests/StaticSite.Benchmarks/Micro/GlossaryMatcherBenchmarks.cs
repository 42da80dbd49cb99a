using BenchmarkDotNet.Attributes;
using StaticSite.Markdown;
using StaticSite.Markdown.Glossary;

namespace StaticSite.Benchmarks.Micro;

/// <summary>
/// The glossary matcher alone: one trie over the 80 terms and their aliases, run over a whole
/// transcript's text (about 17,000 characters), without Markdig around it.
/// </summary>
[MemoryDiagnoser]
public class GlossaryMatcherBenchmarks
{
    private IReadOnlyList<GlossaryForms> _glossary = [];
    private GlossaryMatcher _matcher = null!;
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        using var site = BenchmarkSite.Create(1);
        _glossary = site.Glossary();
        _matcher = new GlossaryMatcher(_glossary);
        _text = site.TranscriptText;
    }

    [Benchmark]
    public int FindInTranscript()
    {
        var count = 0;
        foreach (var _ in _matcher.Find(_text)) count++;
        return count;
    }

    [Benchmark]
    public object BuildMatcher() => new GlossaryMatcher(_glossary);
}

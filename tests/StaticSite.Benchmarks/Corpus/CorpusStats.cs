namespace StaticSite.Benchmarks.Corpus;

/// <summary>What <see cref="CorpusGenerator"/> wrote.</summary>
/// <param name="Root">The site folder; the corpus is in its <c>input/</c>.</param>
/// <param name="MarkdownBytes">UTF-8 size of every transcript file, front matter included.</param>
public sealed record CorpusStats(string Root, int Transcripts, long Words, long MarkdownBytes, IReadOnlyList<CorpusTerm> Glossary)
{
    public string InputFolder => Path.Combine(Root, "input");

    public string TranscriptsFolder => Path.Combine(InputFolder, "transcripts");
}

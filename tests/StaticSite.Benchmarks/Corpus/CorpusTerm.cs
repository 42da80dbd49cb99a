namespace StaticSite.Benchmarks.Corpus;

/// <summary>One glossary entry of the generated corpus, as written to glossary.yml.</summary>
public sealed record CorpusTerm(string Id, string Term, IReadOnlyList<string> Aliases, string Definition, IReadOnlyList<string> SeeAlso)
{
    /// <summary>The term and its aliases: every form the text may contain.</summary>
    public IEnumerable<string> Forms => [Term, .. Aliases];
}

namespace StaticSite.Markdown.Glossary;

/// <summary>
/// Where "first occurrence" is counted (a turn, an editorial item, a page), and the namespace of
/// its card ids: <c>tc-{name}-{n}</c>, unique in the page because scope names are.
/// </summary>
internal sealed class GlossaryScope(string name)
{
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);
    private readonly List<string> _termIds = [];
    private int _cards;

    /// <summary>Ids of the terms linked in this scope, in first-occurrence order.</summary>
    public IReadOnlyList<string> TermIds => _termIds;

    public bool IsLinked(string termId) => _linked.Contains(termId);

    public void Claim(TermReferenceInline reference)
    {
        if (_linked.Add(reference.Term.Id))
        {
            _termIds.Add(reference.Term.Id);
        }
        reference.CardId = $"tc-{name}-{++_cards}";
    }
}

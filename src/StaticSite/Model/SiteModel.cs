namespace StaticSite.Model;

/// <summary>
/// Everything the pages are made of, linked once: built between Process and PostProcess and
/// read-only after. Every list is in a stable order (transcripts newest first, then by slug;
/// registries by id) so that output does not depend on file-system or thread order.
/// </summary>
public sealed class SiteModel
{
    public required Registries Registries { get; init; }

    public SiteSettings Settings => Registries.Settings;

    public required IReadOnlyList<Transcript> Transcripts { get; init; }

    public required IReadOnlyList<FreePage> Pages { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<Exchange>> ExchangesByTopic { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<Turn>> TurnsBySpeaker { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<Turn>> TurnsByTerm { get; init; }

    private RelatedExchanges? _related;

    /// <summary>Each exchange's related passages in other interviews; indexed when first asked for (by any thread).</summary>
    public RelatedExchanges Related => LazyInitializer.EnsureInitialized(ref _related, () => new RelatedExchanges(Transcripts));

    public IReadOnlyList<Speaker> Speakers => [.. Registries.Speakers.Values.OrderBy(s => s.Id, StringComparer.Ordinal)];

    public IReadOnlyList<Topic> Topics => [.. Registries.Topics.Values.OrderBy(t => t.Id, StringComparer.Ordinal)];

    public IReadOnlyList<Term> Terms => [.. Registries.Terms.Values.OrderBy(t => t.Id, StringComparer.Ordinal)];
}

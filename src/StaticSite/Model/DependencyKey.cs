namespace StaticSite.Model;

/// <summary>
/// One kind of key that pages depend on, for the preview's incremental rebuilds ("topic:money"):
/// a page is stamped with <see cref="Of"/>, and <see cref="FedBy"/> says which such keys a transcript feeds.
/// </summary>
/// <param name="prefix">What the keys start with: "topic" makes "topic:money".</param>
/// <param name="ids">The ids of this kind a transcript feeds.</param>
public sealed class DependencyKey(string prefix, Func<Transcript, IEnumerable<string>> ids)
{
    public string Of(string id) => prefix + ":" + id;

    public IEnumerable<string> FedBy(Transcript transcript) => ids(transcript).Select(Of);
}

namespace StaticSite.Rendering.Search;

/// <summary>
/// The passages of one filter value (a speaker, topic or interview), written at <paramref name="Path"/> under
/// the index folder with the <paramref name="Label"/> the search page shows for it once chosen.
/// </summary>
public sealed record SearchFilter(string Path, string Label, PostingValue Passages)
{
    /// <summary>Where the script looks for it: the kind is the name of the search form's filter, the id the value it sends.</summary>
    public static string PathOf(string kind, string id) => kind + "/" + id + ".json";
}

namespace StaticSite.Rendering.Search;

/// <summary>The passages of one filter value (a speaker, topic or interview), written at <paramref name="Path"/> under the index folder.</summary>
public sealed record SearchFilter(string Path, PostingValue Passages)
{
    /// <summary>Where the script looks for it: the kind is the name of the search form's list, the id the value it sends.</summary>
    public static string PathOf(string kind, string id) => kind + "/" + id + ".json";
}

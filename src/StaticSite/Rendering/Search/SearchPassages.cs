using StaticSite.Model;

namespace StaticSite.Rendering.Search;

/// <summary>Which turns the search index holds as passages: the one place that decides it.</summary>
public static class SearchPassages
{
    // Every turn today; a turn that is no passage (a moderator's, say) is left out here and nowhere else.
    public static bool Includes(Turn turn) => true;
}

using System.Diagnostics.CodeAnalysis;
using StaticSite.Model;

namespace StaticSite.Rendering.Search;

/// <summary>Which turns the search index holds as passages: the one place that decides it.</summary>
public static class SearchPassages
{
    // A turn in no exchange (a moderator's) is no passage of its own.
    public static bool Includes(Turn turn, [NotNullWhen(true)] out Exchange? exchange)
    {
        exchange = turn.Exchange;
        return exchange is not null;
    }
}

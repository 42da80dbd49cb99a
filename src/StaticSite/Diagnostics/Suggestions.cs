namespace StaticSite.Diagnostics;

/// <summary>"Did you mean" for misspelt ids: the closest known id within a small edit distance.</summary>
public static class Suggestions
{
    public static string? Closest(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(2, wrong.Length / 3);
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var distance = EditDistance(wrong, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or nothing, ready to append to a message.</summary>
    public static string DidYouMean(string wrong, IEnumerable<string> known) =>
        Closest(wrong, known) is { } hit ? $"; did you mean '{hit}'?" : "";

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

using System.Text.RegularExpressions;

namespace StaticSite.Tests.EndToEnd;

/// <summary>The words a text says aloud, for comparing a transcript with its source word for word.</summary>
internal static partial class SpokenText
{
    /// <summary>The words of a text with bracketed insertions removed, split at any whitespace and nothing else.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        Insertion().Replace(text, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The 0-based position of the first word that differs, or that one side lacks; -1 when both are the same.</summary>
    public static int FirstDifference(IReadOnlyList<string> site, IReadOnlyList<string> source)
    {
        var common = Math.Min(site.Count, source.Count);
        for (var i = 0; i < common; i++)
        {
            if (!string.Equals(site[i], source[i], StringComparison.Ordinal)) return i;
        }
        return site.Count == source.Count ? -1 : common;
    }

    /// <summary>Names the first differing word (1-based, as an editor counts) with a few words of context on each side.</summary>
    public static string Describe(string what, IReadOnlyList<string> site, IReadOnlyList<string> source)
    {
        var at = FirstDifference(site, source);
        if (at < 0) return $"{what}: the same {site.Count} words";
        return $"{what}: word {at + 1} differs: site has {Quote(site, at)}, source has {Quote(source, at)}"
            + $" (site: …{Context(site, at)}…; source: …{Context(source, at)}…)";
    }

    private static string Quote(IReadOnlyList<string> words, int at) => at < words.Count ? $"'{words[at]}'" : "no more words";

    private static string Context(IReadOnlyList<string> words, int at) =>
        string.Join(' ', words.Skip(Math.Max(0, at - 6)).Take(12));

    // Square brackets that hold no further bracket: an editor's insertion, in a transcript or in its source.
    [GeneratedRegex(@"\[[^\[\]]*\]")]
    private static partial Regex Insertion();
}

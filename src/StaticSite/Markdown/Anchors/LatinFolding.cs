using System.Collections.Frozen;

namespace StaticSite.Markdown.Anchors;

/// <summary>
/// ASCII for accented Latin letters. The build runs with InvariantGlobalization, where
/// Unicode normalisation (FormD) may leave "é" whole, so slugs would lose the letter entirely.
/// </summary>
internal static class LatinFolding
{
    private static readonly FrozenDictionary<char, string> Map = Build(
        ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"),
        ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
        ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
        ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
        ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"),
        ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
        ("Ææ", "ae"), ("Œœ", "oe"), ("ß", "ss"), ("Þþ", "th"));

    /// <summary>The ASCII letters for <paramref name="c"/>, or null when it is not a known accented letter.</summary>
    public static string? Fold(char c) => Map.GetValueOrDefault(c);

    /// <summary>Every letter folded, in ordinal order: the search index hands the table to the script, which folds queries by it.</summary>
    public static IEnumerable<KeyValuePair<char, string>> All => Map.OrderBy(p => p.Key);

    private static FrozenDictionary<char, string> Build(params (string Letters, string Ascii)[] groups) =>
        groups.SelectMany(g => g.Letters.Select(c => (c, g.Ascii))).ToFrozenDictionary(p => p.c, p => p.Ascii);
}

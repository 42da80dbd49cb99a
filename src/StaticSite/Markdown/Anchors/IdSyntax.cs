using System.Text.RegularExpressions;

namespace StaticSite.Markdown.Anchors;

/// <summary>The one id syntax shared by speakers, topics, terms and anchors.</summary>
internal static partial class IdSyntax
{
    public const string Description = "ids are lowercase letters and digits, in words joined by '-'";

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

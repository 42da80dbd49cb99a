using System.Text.RegularExpressions;

namespace StaticSite.Input;

/// <summary>The one rule for ids and slugs: lowercase letters and digits in words joined by single hyphens.</summary>
public static partial class IdRules
{
    public const string Pattern = "[a-z0-9]+(-[a-z0-9]+)*";

    public static bool IsValid(string id) => ValidId().IsMatch(id);

    /// <summary>The message tail shared by every invalid-id diagnostic.</summary>
    public static string Explain(string id)
    {
        var hint = ToValid(id);
        return $"'{id}' is not a valid id: use lowercase letters, digits and single hyphens ({Pattern})"
            + (hint.Length > 0 && hint != id ? $"; for example '{hint}'" : "");
    }

    /// <summary>A suggestion: the id made valid by lowercasing and replacing runs of other characters with '-'.</summary>
    public static string ToValid(string id) => InvalidRun().Replace(id.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidId();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex InvalidRun();
}

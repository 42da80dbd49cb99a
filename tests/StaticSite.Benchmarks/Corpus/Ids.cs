namespace StaticSite.Benchmarks.Corpus;

/// <summary>Ids in the project's rule: lowercase letters and digits in words joined by single hyphens.</summary>
internal static class Ids
{
    public static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ');
        return string.Join('-', new string([.. chars]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

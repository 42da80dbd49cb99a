namespace StaticSite.Rendering.Citations;

/// <summary>
/// A speaker's name as citation styles need it. A name of one word ("TIME") or one that reads as a
/// group ("Smith and Sons") is kept whole, since splitting it into family and given names would be
/// wrong; otherwise the last word is the family name, as reference managers guess from a full name.
/// </summary>
public sealed record CitedName(string Full)
{
    private readonly string[] _words = Full.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when the name is cited as it is written, not inverted.</summary>
    public bool IsLiteral => _words.Length < 2 || _words.Any(w => w is "and" or "&");

    public string Family => IsLiteral ? Full : _words[^1];

    public string Given => IsLiteral ? "" : string.Join(' ', _words[..^1]);

    /// <summary>"Family, Given" (Chicago's first author, RIS, BibTeX), or the literal name.</summary>
    public string Inverted => IsLiteral ? Full : Family + ", " + Given;

    /// <summary>APA's "Family, G. M.", hyphenated given names as "J.-L.".</summary>
    public string FamilyInitials => IsLiteral ? Full
        : Family + ", " + string.Join(' ', Given.Split(' ').Select(part => string.Join('-', part.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(Initial))));

    // The first letter, whole even when it is a surrogate pair or carries a combining mark.
    private static string Initial(string word) => System.Globalization.StringInfo.GetNextTextElement(word) + ".";
}

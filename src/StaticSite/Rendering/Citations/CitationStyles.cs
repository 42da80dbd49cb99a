using System.Globalization;

namespace StaticSite.Rendering.Citations;

/// <summary>
/// Ready-to-copy references in two common styles, as plain text: APA (7th edition, a published
/// interview) and Chicago (17th edition, bibliography entry). Layouts HTML-encode them.
/// </summary>
public static class CitationStyles
{
    public static string Apa(CitedWork work)
    {
        var names = work.Authors.Select(a => a.FamilyInitials).ToList();
        var authors = names.Count switch
        {
            0 => work.Publisher,
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + ", & " + names[^1],
        };
        var date = work.Date.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture);
        return $"{Sentence(authors)} ({date}). {work.Title} [{work.Genre}]. {Sentence(work.Publisher)} {work.Url}";
    }

    public static string Chicago(CitedWork work)
    {
        var names = work.Authors.Select((a, i) => i == 0 ? a.Inverted : a.Full).ToList();
        var authors = names.Count switch
        {
            0 => work.Publisher,
            1 => names[0],
            2 => names[0] + ", and " + names[1],
            _ => string.Join(", ", names[..^1]) + ", and " + names[^1],
        };
        var date = work.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        // The closing period goes inside the quotation marks, unless the title ends with its own mark.
        var title = work.Title.EndsWith('?') || work.Title.EndsWith('!') || work.Title.EndsWith('.') ? work.Title : work.Title + ".";
        return $"{Sentence(authors)} “{title}” {work.Genre}. {work.Publisher}, {date}. {work.Url}.";
    }

    // Ends a part with one period: initials and abbreviations already have theirs.
    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";
}

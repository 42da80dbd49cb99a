namespace StaticSite.Rendering.Citations;

/// <summary>
/// What every citation of a transcript or of one of its passages says, in one place, so that the
/// styled text, the BibTeX, RIS and CSL-JSON files and the page's citation_* metadata cannot disagree.
/// </summary>
/// <param name="Key">The BibTeX key and CSL id: the transcript's slug, with the passage's anchor for a passage.</param>
/// <param name="Authors">Who spoke: every speaker of the transcript, or the passage's speaker.</param>
/// <param name="Publisher">The source's name, else the site's title.</param>
/// <param name="Url">The absolute URL of the transcript or of the passage (with its #anchor).</param>
/// <param name="Genre">The kind of work ("Press conference"), as the styles' bracketed descriptions and the files' notes say it.</param>
public sealed record CitedWork(string Key, string Title, IReadOnlyList<CitedName> Authors, DateOnly Date, string Publisher, string Language,
    string Url, string Genre);

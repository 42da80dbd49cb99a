namespace StaticSite.Rendering.Views;

// Small view models shared by several page kinds. Templates see them in snake_case
// (SpeakerName -> speaker_name); every string is HTML-encoded on output unless its name ends in Html.

/// <summary>A link with a label and an optional count (topics, speakers, terms, transcripts).</summary>
public sealed record LinkView(string Title, string Url, int Count = 0);

/// <summary>One choice of a form's list: the value the form sends and the label the reader sees.</summary>
public sealed record OptionView(string Value, string Label);

/// <summary>A navigation entry in the header; Current marks the section the page belongs to.</summary>
public sealed record NavView(string Title, string Url, bool Current);

/// <summary>A highlighted quote, linked to its turn.</summary>
public sealed record QuoteView(string Text, string Url, string SpeakerName, string SpeakerUrl, string TranscriptTitle, string TranscriptUrl);

/// <summary>An entry of a transcript's table of contents.</summary>
public sealed record TocView(string Title, string Anchor, int Level);

/// <summary>A margin note beside a turn.</summary>
public sealed record NoteView(string Number, string Anchor, string Html);

/// <summary>
/// Where a paginated list is: page Number of Count, with its neighbours and the links of a window
/// of pages around it. The window (the first and last pages and two on each side of this one;
/// every page of a list of seven or fewer) keeps each pager the same size however long the list:
/// linking every page from every page grew with the square of the page count.
/// </summary>
public sealed class PagerView(int number, IReadOnlyList<string> pageUrls)
{
    private const int Neighbours = 2;
    private const int ShownWhole = 7;

    public int Number => number;

    public int Count => pageUrls.Count;

    public string Url => pageUrls[number - 1];

    public string? PreviousUrl => number > 1 ? pageUrls[number - 2] : null;

    public string? NextUrl => number < Count ? pageUrls[number] : null;

    /// <summary>The window's pages in order; GapBefore marks a page that follows skipped ones.</summary>
    public IReadOnlyList<PageLinkView> Pages
    {
        get
        {
            var links = new List<PageLinkView>(ShownWhole);
            var previous = 0;
            foreach (var page in Candidates())
            {
                if (page <= previous || page > Count || !Shown(page)) continue;
                links.Add(new PageLinkView(page, pageUrls[page - 1], page == number, GapBefore: page > previous + 1));
                previous = page;
            }
            return links;
        }
    }

    // In ascending order; only these few can be shown, so a pager costs the same on any list.
    private IEnumerable<int> Candidates()
    {
        if (Count <= ShownWhole)
        {
            for (var page = 1; page <= Count; page++) yield return page;
            yield break;
        }
        yield return 1;
        yield return 2;
        for (var page = number - Neighbours; page <= number + Neighbours; page++) yield return page;
        yield return Count - 1;
        yield return Count;
    }

    // A gap of one page shows that page instead: "…" would take its place for nothing.
    private bool Shown(int page) =>
        Count <= ShownWhole || page == 1 || page == Count
        || Math.Abs(page - number) <= Neighbours
        || (page == 2 && number - Neighbours == 3)
        || (page == Count - 1 && number + Neighbours == Count - 2);
}

/// <summary>One page in a pager's window; Current marks the page being read.</summary>
public sealed record PageLinkView(int Number, string Url, bool Current, bool GapBefore);

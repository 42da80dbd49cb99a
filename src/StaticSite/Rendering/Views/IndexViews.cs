namespace StaticSite.Rendering.Views;

/// <summary>A transcript in lists (home, interviews index); ReadingMinutes is its length as a reader feels it.</summary>
public sealed record TranscriptSummaryView(
    string Title,
    string Url,
    string DateIso,
    string DateDisplay,
    string? Summary,
    string? SourceName,
    IReadOnlyList<LinkView> Speakers,
    IReadOnlyList<LinkView> Topics,
    int TurnCount,
    int WordCount,
    int ReadingMinutes)
{
    /// <summary>Its kind's id (front matter's `kind:`), for filtering by kind.</summary>
    public string Kind { get; init; } = "";

    /// <summary>Its kind as a label ("Press conference").</summary>
    public string KindLabel { get; init; } = "";

    /// <summary>Its kind in running text ("press conference").</summary>
    public string KindText { get; init; } = "";
}

/// <summary>
/// One page of the archive (/transcripts/, or one kind's): its transcripts by year, newest first, the pager, and the
/// links to every kind's archive (none when the site holds one kind).
/// </summary>
public sealed record ArchiveView(IReadOnlyList<YearView> Years, PagerView Pager, int TranscriptCount, IReadOnlyList<LinkView> Kinds, LinkView All);

/// <summary>The transcripts of one year on a page of the archive.</summary>
public sealed record YearView(int Year, IReadOnlyList<TranscriptSummaryView> Transcripts);

/// <summary>A topic on the topics index.</summary>
public sealed record TopicSummaryView(string Title, string Url, string? DescriptionHtml, int ExchangeCount, int TranscriptCount)
{
    /// <summary>What TranscriptCount counts, by kind: "1 press conference and 1 briefing".</summary>
    public string TranscriptsLabel { get; init; } = "";
}

/// <summary>A speaker on the speakers index.</summary>
public sealed record SpeakerSummaryView(string Name, string Url, string? Role, int TurnCount, int TranscriptCount)
{
    /// <summary>What TranscriptCount counts, by kind: "2 interviews".</summary>
    public string TranscriptsLabel { get; init; } = "";

    /// <summary>Their roles in those transcripts, each with how often: "reporter in 2, moderator in 1"; empty when they have none.</summary>
    public string RolesLabel { get; init; } = "";
}

/// <summary>A term on the glossary index.</summary>
public sealed record TermSummaryView(string Title, string Url, string Definition, int OccurrenceCount);

/// <summary>One letter of the A–Z glossary index.</summary>
public sealed record LetterView(string Letter, string Anchor, IReadOnlyList<TermSummaryView> Terms);

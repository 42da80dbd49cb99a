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
    int ReadingMinutes);

/// <summary>One page of the interviews archive (/transcripts/): its interviews by year, newest first, and the pager.</summary>
public sealed record ArchiveView(IReadOnlyList<YearView> Years, PagerView Pager, int TranscriptCount);

/// <summary>The interviews of one year on a page of the archive.</summary>
public sealed record YearView(int Year, IReadOnlyList<TranscriptSummaryView> Transcripts);

/// <summary>A topic on the topics index.</summary>
public sealed record TopicSummaryView(string Title, string Url, string? DescriptionHtml, int ExchangeCount, int TranscriptCount);

/// <summary>A speaker on the speakers index.</summary>
public sealed record SpeakerSummaryView(string Name, string Url, string? Role, int TurnCount, int TranscriptCount);

/// <summary>A term on the glossary index.</summary>
public sealed record TermSummaryView(string Title, string Url, string Definition, int OccurrenceCount);

/// <summary>One letter of the A–Z glossary index.</summary>
public sealed record LetterView(string Letter, string Anchor, IReadOnlyList<TermSummaryView> Terms);

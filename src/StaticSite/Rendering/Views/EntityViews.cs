namespace StaticSite.Rendering.Views;

/// <summary>`topic` in topic.liquid: every exchange filed under it, grouped by interview, newest first.</summary>
public sealed record TopicView(
    string Title,
    string? DescriptionHtml,
    IReadOnlyList<LinkView> Related,
    IReadOnlyList<ExchangeGroupView> Groups,
    IReadOnlyList<LinkView> Transcripts,
    int ExchangeCount,
    int TranscriptCount,
    PagerView Pager)
{
    /// <summary>What TranscriptCount counts, by kind: "1 press conference and 1 briefing".</summary>
    public string TranscriptsLabel { get; init; } = "";
}

/// <summary>An exchange shown outside its transcript: question and answers, each linked to its anchor.</summary>
public sealed record ExchangeView(string TranscriptTitle, string TranscriptUrl, string DateDisplay, string Url, IReadOnlyList<LinkView> Topics, IReadOnlyList<PassageView> Turns);

/// <summary>A turn shown outside its transcript. Html (null where the page shows only the excerpt) has no note markers and no ids; Excerpt is plain text.</summary>
public sealed record PassageView(
    string SpeakerName,
    string SpeakerUrl,
    bool IsInterviewer,
    string Url,
    Utf8Html? Html,
    Utf8Excerpt Excerpt,
    string TranscriptTitle,
    string TranscriptUrl,
    IReadOnlyList<LinkView> Topics);

/// <summary>`speaker` in speaker.liquid.</summary>
public sealed record SpeakerView(
    string Name,
    string? Role,
    string? ExternalUrl,
    string? BioHtml,
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<QuoteView> Highlights,
    IReadOnlyList<SpeakerInterviewView> Transcripts,
    IReadOnlyList<PassageView> Turns,
    int TurnCount,
    PagerView Pager)
{
    /// <summary>The transcripts they appear in, counted by kind: "1 press conference and 2 briefings".</summary>
    public string TranscriptsLabel { get; init; } = "";

    /// <summary>The search page narrowed to their passages.</summary>
    public string SearchUrl { get; init; } = "";
}

/// <summary>An interview on a speaker's page: their role and affiliation in it (front matter), and how many turns they have there.</summary>
public sealed record SpeakerInterviewView(string Title, string Url, string DateIso, string DateDisplay, string? Role, string? Affiliation, int TurnCount)
{
    /// <summary>The transcript's kind as a label ("Press conference").</summary>
    public string KindLabel { get; init; } = "";
}

/// <summary>`term` in term.liquid: its passages grouped by interview, newest first.</summary>
public sealed record TermView(
    string Title,
    IReadOnlyList<string> Aliases,
    string DefinitionHtml,
    IReadOnlyList<LinkView> SeeAlso,
    IReadOnlyList<PassageGroupView> Groups,
    int OccurrenceCount,
    PagerView Pager);

/// <summary>
/// A topic page's exchanges from one interview. Count is how many the topic has in that interview in
/// all, on every page of the list; Exchanges are those on this page.
/// </summary>
public sealed record ExchangeGroupView(string TranscriptTitle, string TranscriptUrl, string DateIso, string DateDisplay, int Count, string Anchor, IReadOnlyList<ExchangeView> Exchanges)
{
    /// <summary>The transcript's kind in running text ("press conference").</summary>
    public string KindText { get; init; } = "";
}

/// <summary>A term page's passages from one interview; Count as in <see cref="ExchangeGroupView"/>.</summary>
public sealed record PassageGroupView(string TranscriptTitle, string TranscriptUrl, string DateIso, string DateDisplay, int Count, IReadOnlyList<PassageView> Passages)
{
    /// <summary>The transcript's kind in running text ("press conference").</summary>
    public string KindText { get; init; } = "";
}

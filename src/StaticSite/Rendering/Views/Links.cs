namespace StaticSite.Rendering.Views;

// Small view models shared by several page kinds. Templates see them in snake_case
// (SpeakerName -> speaker_name); every string is HTML-encoded on output unless its name ends in Html.

/// <summary>A link with a label and an optional count (topics, speakers, terms, transcripts).</summary>
public sealed record LinkView(string Title, string Url, int Count = 0);

/// <summary>A navigation entry in the header; Current marks the section the page belongs to.</summary>
public sealed record NavView(string Title, string Url, bool Current);

/// <summary>A highlighted quote, linked to its turn.</summary>
public sealed record QuoteView(string Text, string Url, string SpeakerName, string SpeakerUrl, string TranscriptTitle, string TranscriptUrl);

/// <summary>An entry of a transcript's table of contents.</summary>
public sealed record TocView(string Title, string Anchor, int Level);

/// <summary>A margin note beside a turn.</summary>
public sealed record NoteView(string Number, string Anchor, string Html);

/// <summary>Where a paginated list is: page Number of Count, with its neighbours and every page's link.</summary>
public sealed record PagerView(int Number, int Count, string Url, string? PreviousUrl, string? NextUrl, IReadOnlyList<LinkView> Pages);

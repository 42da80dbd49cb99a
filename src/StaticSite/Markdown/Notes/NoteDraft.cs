using Markdig.Extensions.Footnotes;

namespace StaticSite.Markdown.Notes;

/// <summary>A footnote definition with its number and anchor, before its content is rendered.</summary>
internal sealed record NoteDraft(Footnote Footnote, string Label, int Number, string Anchor);

namespace StaticSite.Markdown;

/// <summary>What the Markdown stage needs to know of one glossary term to link it.</summary>
/// <param name="Id">The term id (glossary.yml key).</param>
/// <param name="Forms">The term and its aliases, as written in glossary.yml.</param>
/// <param name="Href">The URL of the term's page (base path applied).</param>
/// <param name="Definition">The definition as plain text, shown in the hover/focus card.</param>
public sealed record GlossaryForms(string Id, IReadOnlyList<string> Forms, string Href, string Definition);

using StaticSite.Diagnostics;

namespace StaticSite.Model;

/// <summary>
/// Data entries nothing uses: a glossary term no transcript or page mentions, a topic with no
/// exchange, a speaker with no turn. Warnings (errors under --strict): they are often a typo
/// elsewhere, or a term whose forms never match the text.
/// </summary>
internal static class UnusedEntries
{
    public static void Report<TExchange, TTurn>(Registries registries,
        Dictionary<string, List<TExchange>> exchangesByTopic, Dictionary<string, List<TTurn>> turnsBySpeaker,
        Dictionary<string, List<TTurn>> turnsByTerm, IReadOnlyList<FreePage> pages, DiagnosticBag diagnostics)
    {
        var onPages = pages.SelectMany(p => p.TermIds).ToHashSet(StringComparer.Ordinal);
        foreach (var term in registries.Terms.Values.Where(t => !turnsByTerm.ContainsKey(t.Id) && !onPages.Contains(t.Id)))
        {
            diagnostics.Warning(term.Location, DiagnosticCodes.UnusedTerm,
                $"glossary term '{term.Id}' is never mentioned: none of its forms ({string.Join(", ", term.Forms.Select(f => $"'{f}'"))}) occurs in a transcript or page");
        }
        foreach (var topic in registries.Topics.Values.Where(t => !exchangesByTopic.ContainsKey(t.Id)))
            diagnostics.Warning(topic.Location, DiagnosticCodes.UnusedTopic, $"topic '{topic.Id}' has no exchange: tag a turn with #{topic.Id} or remove it");
        foreach (var speaker in registries.Speakers.Values.Where(s => !turnsBySpeaker.ContainsKey(s.Id)))
            diagnostics.Warning(speaker.Location, DiagnosticCodes.SilentSpeaker, $"speaker '{speaker.Id}' has no turn in any transcript");
    }
}

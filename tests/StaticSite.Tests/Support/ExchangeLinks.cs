namespace StaticSite.Tests.Support;

/// <summary>What a transcript page links per exchange: its questions' anchors and its related passages.</summary>
internal static class ExchangeLinks
{
    /// <summary>The URL of each question's turn on the transcript's page, in order.</summary>
    public static List<string> Questions(TestSite site, string slug) =>
        [.. site.Page($"transcripts/{slug}/").QuerySelectorAll("article.turn--question").Select(t => $"/transcripts/{slug}/#{t.Id}")];

    /// <summary>Each exchange's related links, in order, for the exchanges that have any.</summary>
    public static List<List<string>> Related(TestSite site, string slug) =>
        [.. site.Page($"transcripts/{slug}/").QuerySelectorAll("div.exchange .related-passages")
            .Select(r => r.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList())];
}

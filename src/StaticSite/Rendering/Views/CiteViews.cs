namespace StaticSite.Rendering.Views;

/// <summary>`cite` on a transcript page (theme/layouts/_cite.liquid): ready references, the citation files, the passages' page.</summary>
public sealed record CiteView(string Apa, string Chicago, IReadOnlyList<AlternateView> Downloads, string PassagesUrl);

/// <summary>`citations` on a transcript's passage citations page (theme/layouts/cite.liquid).</summary>
public sealed record PassageCitationsView(string Title, string TranscriptUrl, CiteView Whole, IReadOnlyList<PassageCitationView> Passages)
{
    /// <summary>The transcript's kind in running text ("press conference"), for "Read the …".</summary>
    public string KindText { get; init; } = "";
}

/// <summary>One passage's citation, at its turn's anchor; <paramref name="Url"/> is the passage on the transcript page.</summary>
public sealed record PassageCitationView(string Anchor, int Number, string SpeakerName, string Url, string Apa, string Chicago,
    string Bibtex, string Ris, string CslJson);

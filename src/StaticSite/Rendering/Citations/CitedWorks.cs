using StaticSite.Model;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering.Citations;

/// <summary>The cited works of a transcript and of its passages, and the citation metadata read from them.</summary>
public static class CitedWorks
{
    /// <summary>The whole transcript: its speakers (those the registry knows, in front-matter order) are its authors.</summary>
    public static CitedWork Of(Transcript transcript, ViewFactory views)
    {
        var header = transcript.Header;
        var speakers = views.Model.Registries.Speakers;
        var authors = header.Speakers.Where(s => speakers.ContainsKey(s.Id)).Select(s => new CitedName(speakers[s.Id].Name)).ToList();
        return new CitedWork(transcript.Slug, header.Title, authors, header.Date, header.SourceName ?? views.Model.Settings.Title,
            views.Model.Settings.Language, views.Absolute(transcript.Url), KindLabels.Capitalized(transcript.Kind.Singular));
    }

    /// <summary>One passage: the same work, said by the turn's speaker, at the turn's URL.</summary>
    public static CitedWork Of(CitedWork transcript, Turn turn, ViewFactory views) =>
        transcript with { Key = transcript.Key + "-" + turn.Item.Anchor, Authors = [new CitedName(turn.Speaker.Name)], Url = views.Absolute(turn.Url) };

    /// <summary>The page's citation_* and Dublin Core metadata, from the same work as the files.</summary>
    public static CitationView Metadata(CitedWork work) =>
        new(work.Title, work.Date.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture), ViewFactory.DateIso(work.Date),
            [.. work.Authors.Select(a => a.Full)], work.Publisher, work.Language, work.Url);

    /// <summary>The transcript page's Cite section.</summary>
    public static CiteView Section(Transcript transcript, CitedWork work, ViewFactory views) =>
        new(CitationStyles.Apa(work), CitationStyles.Chicago(work), Downloads(transcript, views), views.Urls.PassageCitations(transcript.Slug));

    public static IReadOnlyList<AlternateView> Downloads(Transcript transcript, ViewFactory views) =>
    [
        new("BibTeX", CitationExports.BibTexType, views.Urls.TranscriptCitation(transcript.Slug, "bib")),
        new("RIS", CitationExports.RisType, views.Urls.TranscriptCitation(transcript.Slug, "ris")),
        new("CSL-JSON", CitationExports.CslJsonType, views.Urls.TranscriptCitation(transcript.Slug, "json")),
    ];

    /// <summary>The passage citations page: every turn, in reading order, at its own anchor.</summary>
    public static PassageCitationsView Passages(Transcript transcript, ViewFactory views)
    {
        var work = Of(transcript, views);
        var passages = transcript.Turns.Select((turn, i) =>
        {
            var passage = Of(work, turn, views);
            return new PassageCitationView(turn.Item.Anchor, i + 1, turn.Speaker.Name, turn.Url, CitationStyles.Apa(passage), CitationStyles.Chicago(passage),
                BibTexWriter.Write(passage), RisWriter.Write(passage), CslJsonWriter.Write(passage, indented: false));
        }).ToList();
        return new PassageCitationsView(transcript.Header.Title, transcript.Url, Section(transcript, work, views), passages) { KindText = transcript.Kind.Singular };
    }
}

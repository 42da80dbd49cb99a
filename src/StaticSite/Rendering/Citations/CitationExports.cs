using System.Text;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Rendering.Citations;

/// <summary>A transcript's citation files beside its page: cite.bib, cite.ris and cite.json (CSL-JSON).</summary>
public static class CitationExports
{
    public const string BibTexType = "application/x-bibtex";

    public const string RisType = "application/x-research-info-systems";

    public const string CslJsonType = "application/vnd.citationstyles.csl+json";

    public static IEnumerable<Document> Of(Transcript transcript, ViewFactory views, string source)
    {
        yield return File(transcript, views, source, "bib", BibTexWriter.Write);
        yield return File(transcript, views, source, "ris", RisWriter.Write);
        yield return File(transcript, views, source, "json", work => CslJsonWriter.Write(work));
    }

    private static Document File(Transcript transcript, ViewFactory views, string source, string extension, Func<CitedWork, string> write) =>
        Document.DeferredBytes(source, views.Urls.Destination(views.Urls.TranscriptCitation(transcript.Slug, extension)), output =>
        {
            output.Write(Encoding.UTF8.GetBytes(write(CitedWorks.Of(transcript, views))));
            return true;
        });
}

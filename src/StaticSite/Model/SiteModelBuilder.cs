using StaticSite.Diagnostics;
using StaticSite.Input;
using StaticSite.Markdown;
using StaticSite.Pipeline;

namespace StaticSite.Model;

/// <summary>
/// The link stage (compile, then link): every id is known, so every reference is resolved here,
/// once, and the indexes that topic, speaker and term pages read are built in one pass over the turns.
/// </summary>
public static class SiteModelBuilder
{
    public static SiteModel Build(BuildContext context)
    {
        var registries = context.Registries();
        var diagnostics = context.Diagnostics;
        var urls = context.Urls();
        RegistryLinks.Check(registries, diagnostics);

        var accepted = new List<ParsedTranscript>();
        // Files come in path order: the second file with a slug is reported, where its slug is set, naming the first.
        var slugs = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var document in context.Results(PipelineNames.Transcripts))
        {
            var parsed = document.Get<ParsedTranscript>(MetadataKeys.Transcript);
            var header = parsed.Header;
            if (slugs.TryGetValue(header.Slug, out var other))
            {
                diagnostics.Error(header.SlugLocation, DiagnosticCodes.DuplicateId,
                    $"duplicate transcript slug '{header.Slug}': {other} has it too; "
                    + (header.SlugFromFileName ? "the slug comes from the file name: rename the file or set 'slug:'" : "set a different 'slug:'"));
                continue;
            }
            slugs[header.Slug] = header.SlugLocation;
            accepted.Add(parsed);
        }
        // Each transcript links on its own (registries are only read, and the diagnostics bag takes reports from any thread).
        var assets = Path.Combine(context.Options.FullPath(context.Options.InputDirectory), "assets");
        var transcripts = OrderedParallel.Map(accepted, parsed => TranscriptLinker.Link(parsed, registries, urls,
            asset => File.Exists(Path.Combine(assets, asset)), diagnostics)).ToList();
        transcripts.Sort((a, b) => b.Header.Date.CompareTo(a.Header.Date) is var byDate && byDate != 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug));

        var pages = Pages(context, diagnostics);
        var exchangesByTopic = new Dictionary<string, List<Exchange>>(StringComparer.Ordinal);
        var turnsBySpeaker = new Dictionary<string, List<Turn>>(StringComparer.Ordinal);
        var turnsByTerm = new Dictionary<string, List<Turn>>(StringComparer.Ordinal);
        foreach (var transcript in transcripts)
        {
            foreach (var exchange in transcript.Exchanges)
                foreach (var topic in exchange.Topics) Add(exchangesByTopic, topic.Id, exchange);
            foreach (var turn in transcript.Turns)
            {
                Add(turnsBySpeaker, turn.Speaker.Id, turn);
                foreach (var term in turn.Item.TermIds) Add(turnsByTerm, term, turn);
            }
        }
        UnusedEntries.Report(registries, exchangesByTopic, turnsBySpeaker, turnsByTerm, pages, diagnostics);
        return new SiteModel
        {
            Registries = registries,
            Transcripts = transcripts,
            Pages = pages,
            ExchangesByTopic = exchangesByTopic.ToDictionary(p => p.Key, p => (IReadOnlyList<Exchange>)p.Value, StringComparer.Ordinal),
            TurnsBySpeaker = turnsBySpeaker.ToDictionary(p => p.Key, p => (IReadOnlyList<Turn>)p.Value, StringComparer.Ordinal),
            TurnsByTerm = turnsByTerm.ToDictionary(p => p.Key, p => (IReadOnlyList<Turn>)p.Value, StringComparer.Ordinal),
        };
    }

    private static List<FreePage> Pages(BuildContext context, DiagnosticBag diagnostics)
    {
        var pages = new List<FreePage>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in context.Results(PipelineNames.Pages).Select(d => d.Get<FreePage>(MetadataKeys.Page)))
        {
            var at = new SourceLocation(page.Source, 1, 1);
            if (context.PageKinds.IsReserved(page.Slug)) // a top-level name a page kind writes
                diagnostics.Error(at, DiagnosticCodes.DuplicateId, $"the page slug '{page.Slug}' is used by the generator itself; choose another 'slug:'");
            else if (seen.TryGetValue(page.Slug, out var other))
                diagnostics.Error(at, DiagnosticCodes.DuplicateId, $"duplicate page slug '{page.Slug}': {other} has it too");
            else
            {
                seen[page.Slug] = page.Source;
                pages.Add(page);
            }
        }
        pages.Sort((a, b) => string.CompareOrdinal(a.Slug, b.Slug));
        return pages;
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }
}

using System.Globalization;
using StaticSite.Model;
using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>The A–Z glossary and one page per term: definition, see-also, and every place it occurs.</summary>
public sealed class RenderGlossaryPages : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var index = views.Page("glossary", "Glossary", $"The terms used in {model.Settings.Title}, defined.", views.Urls.Glossary);
        yield return PageDocument.Deferred(context, views, index, "glossary", "", () => [("letters", Letters(model, views))]);
        foreach (var term in model.Terms)
        {
            var occurrences = Occurrences(model, term);
            // Counted once per term, not once per page.
            var counts = new Lazy<IReadOnlyDictionary<Transcript, int>>(() => InterviewGroups.Counts(occurrences, t => t.Transcript));
            var description = views.PlainDefinition(term);
            var list = new PagedList("term", term.Title, description, views.Urls.Term(term.Id), term.Location.Path, PageDependencies.Term.Of(term.Id));
            var seeAlso = term.SeeAlso.Select(r => r.Id).Where(model.Registries.Terms.ContainsKey);
            foreach (var page in Pagination.Pages(context, list, occurrences, (slice, pager) => ("term", View(context, views, term, occurrences, counts.Value, slice, pager)),
                (shows, slice, _) =>
                {
                    shows.Terms(seeAlso);
                    foreach (var turn in slice) shows.Passage(turn).Add(counts.Value[turn.Transcript]);
                }))
                yield return page;
        }
    }

    private static TermView View(BuildContext context, ViewFactory views, Term term, IReadOnlyList<Turn> all, IReadOnlyDictionary<Transcript, int> counts,
        IReadOnlyList<Turn> slice, PagerView pager)
    {
        var terms = context.Model.Registries.Terms;
        return new TermView(
            term.Title,
            term.Aliases,
            context.FieldHtml(term.Definition) ?? "",
            [.. term.SeeAlso.Where(r => terms.ContainsKey(r.Id)).Select(r => views.TermLink(terms[r.Id]))],
            InterviewGroups.Of(slice, t => t.Transcript, (transcript, run) => new PassageGroupView(transcript.Header.Title, transcript.Url,
                ViewFactory.DateIso(transcript.Header.Date), ViewFactory.DateDisplay(transcript.Header.Date), counts[transcript], [.. run.Select(t => views.Passage(t))])
            { KindText = transcript.Kind.Singular }),
            all.Count,
            pager);
    }

    private static List<LetterView> Letters(SiteModel model, ViewFactory views) =>
    [
        .. model.Terms
            .OrderBy(t => t.Title, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal)
            .GroupBy(t => Letter(t.Title))
            .Select(g => new LetterView(g.Key, "letter-" + (g.Key == "#" ? "0" : g.Key.ToLowerInvariant()),
                [.. g.Select(t => new TermSummaryView(t.Title, views.Urls.Term(t.Id), views.PlainDefinition(t), Occurrences(model, t).Count))])),
    ];

    private static IReadOnlyList<Turn> Occurrences(SiteModel model, Term term) =>
        model.TurnsByTerm.TryGetValue(term.Id, out var turns) ? turns : [];

    // Letters group A–Z; a term starting with a digit or symbol goes under '#'.
    private static string Letter(string title)
    {
        var first = title.Length > 0 ? char.ToUpperInvariant(title[0]) : '#';
        return first is >= 'A' and <= 'Z' ? first.ToString(CultureInfo.InvariantCulture) : "#";
    }
}

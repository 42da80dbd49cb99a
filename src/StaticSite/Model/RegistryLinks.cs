using StaticSite.Diagnostics;
using StaticSite.Markdown;

namespace StaticSite.Model;

/// <summary>References between data entries: a topic's related topics, a term's see-also terms.</summary>
internal static class RegistryLinks
{
    public static void Check(Registries registries, DiagnosticBag diagnostics)
    {
        foreach (var topic in registries.Topics.Values)
            CheckIds(topic.Related, registries.Topics.Keys, topic.Id, DiagnosticCodes.UnknownRelatedTopic, "related topic", diagnostics);
        foreach (var term in registries.Terms.Values)
            CheckIds(term.SeeAlso, registries.Terms.Keys, term.Id, DiagnosticCodes.UnknownSeeAlso, "see-also term", diagnostics);
        GlossaryFormClashes(registries, diagnostics);
    }

    private static void CheckIds(IEnumerable<IdReference> references, IEnumerable<string> known, string self, string code, string what, DiagnosticBag diagnostics)
    {
        foreach (var reference in references)
        {
            if (reference.Id == self) diagnostics.Warning(reference.Location, code, $"'{self}' lists itself as a {what}");
            else if (!known.Contains(reference.Id))
                diagnostics.Error(reference.Location, code, $"unknown {what} '{reference.Id}'{Suggestions.DidYouMean(reference.Id, known)}");
        }
    }

    // Two terms claiming the same form would make auto-linking depend on file order.
    private static void GlossaryFormClashes(Registries registries, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in registries.Terms.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            foreach (var form in term.Forms.Distinct(StringComparer.Ordinal))
            {
                if (owners.TryGetValue(form, out var owner))
                    diagnostics.Error(term.Location, DiagnosticCodes.DuplicateId, $"glossary form '{form}' of '{term.Id}' is already a form of '{owner}'");
                else owners[form] = term.Id;
            }
        }
    }
}

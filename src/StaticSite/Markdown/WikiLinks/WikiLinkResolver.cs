using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Diagnostics;
using StaticSite.Markdown.Glossary;

namespace StaticSite.Markdown.WikiLinks;

/// <summary>
/// Replaces each wiki link with a term reference, or with its plain text and an error when the id is
/// not in glossary.yml, so a typo never becomes a dead link.
/// </summary>
internal sealed class WikiLinkResolver(IReadOnlyDictionary<string, GlossaryForms> terms)
{
    public void Resolve(MarkdownObject root, SourceMap map, DiagnosticBag diagnostics)
    {
        foreach (var link in root.Descendants().OfType<WikiLinkInline>().ToList())
        {
            if (terms.TryGetValue(link.Id, out var term))
            {
                link.ReplaceBy(new TermReferenceInline { Term = term, Text = link.ShownText ?? term.Forms.FirstOrDefault() ?? term.Id, Span = link.Span });
                continue;
            }
            diagnostics.Error(map.Locate(link.Span.Start), DiagnosticCodes.UnknownTerm,
                $"unknown glossary term '{link.Id}'{Suggestions.DidYouMean(link.Id, terms.Keys)}");
            link.ReplaceBy(new LiteralInline(link.ShownText ?? link.Id) { Span = link.Span });
        }
    }
}

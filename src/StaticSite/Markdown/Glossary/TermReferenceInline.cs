using Markdig.Syntax.Inlines;

namespace StaticSite.Markdown.Glossary;

/// <summary>A link to a glossary term, automatic (first occurrence of a form) or explicit (wiki link).</summary>
internal sealed class TermReferenceInline : LeafInline, IFeatureInline
{
    public bool IsGlossaryLinked => false;

    public required GlossaryForms Term { get; init; }

    /// <summary>The text shown: the matched form, the wiki link's shown text, or the term's title.</summary>
    public required string Text { get; init; }

    /// <summary>Id of the hover card, unique in the page; null renders a plain link without a card.</summary>
    public string? CardId { get; set; }

    public void AppendPlainText(CollapsedText text) => text.Append(Text);
}

using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StaticSite.Markdown.Glossary;

/// <summary>
/// Renders term references, and links terms in each part of a transcript. Matching is not a parser:
/// terms are found after parsing, in literal text only, so headings, links and code are left alone by construction.
/// </summary>
internal sealed class GlossaryExtension(GlossaryLinker linker) : IMarkdownExtension, ITranscriptFeature, ITranscriptPartWork
{
    /// <summary>The linker, for a free page, which is linked as one scope.</summary>
    public GlossaryLinker Linker => linker;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlTermReferenceRenderer>();
        }
    }

    public ITranscriptPartWork? Begin(MarkdownDocument document, TranscriptSession session) => this;

    /// <summary>Each part is a scope of its own: a term is linked at its first occurrence in each turn.</summary>
    public void Apply(TranscriptPart part)
    {
        var scope = new GlossaryScope(part.Name);
        linker.Link(part.Blocks, scope);
        part.TermIds = scope.TermIds;
    }
}

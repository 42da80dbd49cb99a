using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StaticSite.Markdown.Insertions;

/// <summary>
/// Editorial insertions. Markdig already decides what is a link, footnote or escaped bracket; the
/// brackets it gives back as text are insertions in transcripts, found after parsing by <see cref="BracketPairer"/>
/// (which also warns, in every kind of text, about a footnote reference without a definition).
/// </summary>
internal sealed class InsertionExtension : IMarkdownExtension, IDocumentRewriter
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlInsertionRenderer>();
        }
    }

    public void Rewrite(MarkdownDocument document, in RewriteContext context) =>
        new BracketPairer(context.Kind == DocumentKind.Transcript).Apply(document, context.Map, context.Diagnostics);
}

using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticSite.Diagnostics;
using StaticSite.Markdown.Anchors;
using StaticSite.Markdown.Glossary;

namespace StaticSite.Markdown;

/// <summary>
/// The one entry point of the Markdown stage. Built once per build (one shared Markdig pipeline and
/// one glossary matcher); thread-safe, so transcripts are converted in parallel.
/// </summary>
/// <remarks>
/// Every call parses with the shared pipeline, then lets each feature rewrite its own syntax tree
/// (<see cref="IDocumentRewriter"/>, in pipeline order), assembles a transcript or links a page's
/// glossary terms, and renders it;
/// nothing per-document is kept on this object.
/// </remarks>
public sealed class MarkdownConverter
{
    private static readonly MarkdownPipeline PlainPipeline = SitePipeline.Build();

    private readonly MarkdownPipeline _pipeline;
    private readonly IDocumentRewriter[] _rewriters;
    private readonly ITranscriptFeature[] _transcriptFeatures;
    private readonly GlossaryLinker _linker;
    private readonly FragmentRenderer _renderer;

    /// <param name="basePath">The site's base path ("/" or "/repo/"): editors' links from the site root get it.</param>
    public MarkdownConverter(IReadOnlyList<GlossaryForms> glossary, bool rawHtml, string basePath = "/")
        : this(glossary, rawHtml, basePath, [])
    {
    }

    /// <param name="extensions">Extensions added after the site's own (tests add a syntax of their own so).</param>
    internal MarkdownConverter(IReadOnlyList<GlossaryForms> glossary, bool rawHtml, string basePath, IReadOnlyList<IMarkdownExtension> extensions)
    {
        _pipeline = SitePipeline.Build(glossary, rawHtml, basePath, extensions);
        _rewriters = [.. _pipeline.Extensions.OfType<IDocumentRewriter>()];
        _transcriptFeatures = [.. _pipeline.Extensions.OfType<ITranscriptFeature>()];
        _linker = _pipeline.Extensions.Find<GlossaryExtension>()!.Linker;
        _renderer = new FragmentRenderer(_pipeline);
    }

    /// <summary>A transcript body: turns, headings, editorial prose; null after reporting a body nested too deeply to read.</summary>
    public ParsedBody? ParseTranscript(MarkdownSource source, DiagnosticBag diagnostics) => WithinNestingLimit(source, diagnostics, Transcript);

    /// <summary>A free page: whole document to HTML with wiki links, glossary auto-links and heading ids (no insertions).</summary>
    public RenderedMarkdown RenderPage(MarkdownSource source, DiagnosticBag diagnostics) =>
        WithinNestingLimit(source, diagnostics, Page) ?? new RenderedMarkdown("", []);

    /// <summary>A short Markdown field from YAML (bio, description, definition): HTML, no glossary auto-links, wiki links allowed.</summary>
    /// <remarks>Wiki links in fields render as plain term links without a hover card: fields are often shown inside cards and lists already.</remarks>
    public string RenderField(MarkdownSource source, DiagnosticBag diagnostics) => WithinNestingLimit(source, diagnostics, Field) ?? "";

    private ParsedBody Transcript(MarkdownSource source, DiagnosticBag diagnostics)
    {
        var map = new SourceMap(source);
        var document = Markdig.Markdown.Parse(source.Text, _pipeline, SitePipeline.TranscriptContext());
        Rewrite(document, new RewriteContext(source.Text, map, diagnostics, DocumentKind.Transcript));
        return new TranscriptAssembler(_renderer, _transcriptFeatures).Assemble(document, source.Text, map, diagnostics);
    }

    private RenderedMarkdown Page(MarkdownSource source, DiagnosticBag diagnostics)
    {
        var map = new SourceMap(source);
        var document = Markdig.Markdown.Parse(source.Text, _pipeline);
        Rewrite(document, new RewriteContext(source.Text, map, diagnostics, DocumentKind.Page));
        var anchors = new AnchorRegistry();
        foreach (var heading in document.Descendants().OfType<HeadingBlock>())
        {
            var text = PlainText.Of([heading]);
            heading.GetAttributes().Id = anchors.Derive(Slug.Of(text) is { Length: > 0 } slug ? slug : "section", map.Locate(heading.Span.Start));
        }
        var scope = new GlossaryScope("page");
        _linker.Link(document.Where(b => b is not FootnoteGroup).ToList(), scope);
        return new RenderedMarkdown(_renderer.Blocks([document]), scope.TermIds);
    }

    private string Field(MarkdownSource source, DiagnosticBag diagnostics)
    {
        var map = new SourceMap(source);
        var document = Markdig.Markdown.Parse(source.Text, _pipeline);
        Rewrite(document, new RewriteContext(source.Text, map, diagnostics, DocumentKind.Field));
        return _renderer.Blocks([document]);
    }

    /// <summary>A short Markdown field as plain text (for meta descriptions and term cards).</summary>
    /// <remarks>A field nested too deeply is left as it is written: <see cref="RenderField"/> reports it.</remarks>
    public static string ToPlainText(string markdown)
    {
        try
        {
            return PlainText.Of([Markdig.Markdown.Parse(markdown, PlainPipeline)]);
        }
        catch (ArgumentException e) when (NestingLimit.IsExceeded(e))
        {
            return markdown;
        }
    }

    // Markdig checks its depth limit while parsing and while rendering, so the whole conversion is guarded.
    private static T? WithinNestingLimit<T>(MarkdownSource source, DiagnosticBag diagnostics, Func<MarkdownSource, DiagnosticBag, T> convert)
        where T : class
    {
        try
        {
            return convert(source, diagnostics);
        }
        catch (ArgumentException e) when (NestingLimit.IsExceeded(e))
        {
            var offset = NestingLimit.FirstLineTooDeep(source.Text, start => convert(source with { Text = start }, new DiagnosticBag()));
            diagnostics.Error(new SourceMap(source).Locate(offset), DiagnosticCodes.TooDeeplyNested,
                "Markdown nested too deeply to read (brackets, quotes or lists inside one another by the thousand); remove the repeated marks or escape them with '\\'");
            return null;
        }
    }

    private void Rewrite(MarkdownDocument document, in RewriteContext context)
    {
        foreach (var rewriter in _rewriters)
        {
            rewriter.Rewrite(document, context);
        }
    }
}

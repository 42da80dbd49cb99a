using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StaticSite.Markdown;

/// <summary>Renders parts of a parsed document (a turn's blocks, a heading's text) with the shared pipeline.</summary>
internal sealed class FragmentRenderer(MarkdownPipeline pipeline)
{
    // One renderer per thread, reused for every fragment: building an HtmlRenderer and its object
    // renderers per turn, heading and note cost ~20% of transcript parse time and 150 MB per 1,000 transcripts.
    private readonly ThreadLocal<HtmlRenderer> _renderers = new(() =>
    {
        var renderer = new HtmlRenderer(new StringWriter { NewLine = "\n" });
        pipeline.Setup(renderer);
        return renderer;
    });

    public string Blocks(IEnumerable<Block> blocks) => Render(blocks, static (renderer, blocks) =>
    {
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }
    });

    public string Inline(LeafBlock block) => Render(block, static (renderer, block) => renderer.WriteLeafInline(block)).Trim();

    /// <summary>A single paragraph without its &lt;p&gt;, otherwise the blocks as they are.</summary>
    public string Content(ContainerBlock container) =>
        container is [ParagraphBlock paragraph] ? Inline(paragraph) : Blocks(container).TrimEnd();

    private string Render<TPart>(TPart part, Action<HtmlRenderer, TPart> write)
    {
        var renderer = _renderers.Value!;
        var html = ((StringWriter)renderer.Writer).GetStringBuilder();
        try
        {
            write(renderer, part);
            return html.ToString();
        }
        finally
        {
            // Leave the renderer as a new one starts: at the start of a line (so the next block gets
            // no leading newline) and with nothing written.
            renderer.WriteLine();
            html.Clear();
        }
    }
}

using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StaticSite.Markdown;

/// <summary>Renders parts of a parsed document (a turn's blocks, a heading's text) with the shared pipeline.</summary>
internal sealed class FragmentRenderer(MarkdownPipeline pipeline)
{
    // One renderer per thread, reused for every fragment: building an HtmlRenderer and its object
    // renderers per turn, heading and note was a large share of parsing.
    private readonly ThreadLocal<HtmlRenderer> _renderers = new(() =>
    {
        var renderer = new HtmlRenderer(new StringWriter { NewLine = "\n" });
        pipeline.Setup(renderer);
        return renderer;
    });

    public string Blocks(IEnumerable<Block> blocks) => Render(blocks, WriteBlocks, static html => html.ToString());

    /// <summary>The same HTML as <see cref="Blocks"/>, as UTF-8 into a transcript's bytes: a turn keeps its HTML so, and the string is never made.</summary>
    public Range BlocksUtf8(IEnumerable<Block> blocks, TurnBytes into) => Render(blocks, WriteBlocks, into.Append);

    public string Inline(LeafBlock block) =>
        Render(block, static (renderer, block) => renderer.WriteLeafInline(block), static html => html.ToString()).Trim();

    /// <summary>A single paragraph without its &lt;p&gt;, otherwise the blocks as they are.</summary>
    public string Content(ContainerBlock container) =>
        container is [ParagraphBlock paragraph] ? Inline(paragraph) : Blocks(container).TrimEnd();

    private static void WriteBlocks(HtmlRenderer renderer, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }
    }

    private TResult Render<TPart, TResult>(TPart part, Action<HtmlRenderer, TPart> write, Func<StringBuilder, TResult> result)
    {
        var renderer = _renderers.Value!;
        var html = ((StringWriter)renderer.Writer).GetStringBuilder();
        try
        {
            write(renderer, part);
            return result(html);
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

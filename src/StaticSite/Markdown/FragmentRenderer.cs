using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StaticSite.Markdown;

/// <summary>Renders parts of a parsed document (a turn's blocks, a heading's text) with the shared pipeline.</summary>
internal sealed class FragmentRenderer(MarkdownPipeline pipeline)
{
    public string Blocks(IEnumerable<Block> blocks) => Render(renderer =>
    {
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }
    });

    public string Inline(LeafBlock block) => Render(renderer => renderer.WriteLeafInline(block)).Trim();

    /// <summary>A single paragraph without its &lt;p&gt;, otherwise the blocks as they are.</summary>
    public string Content(ContainerBlock container) =>
        container is [ParagraphBlock paragraph] ? Inline(paragraph) : Blocks(container).TrimEnd();

    private string Render(Action<HtmlRenderer> write)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        write(renderer);
        writer.Flush();
        return writer.ToString();
    }
}

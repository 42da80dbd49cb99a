using System.Text.Encodings.Web;
using Fluid;

namespace StaticSite.Rendering.Compiled;

/// <summary>
/// A layout compiled by <see cref="TemplateCompiler"/>: Fluid's statements as plain method calls over the
/// views' own values, writing into the page. Fluid's interpreter awaits every statement, wraps every
/// value it reads and looks every member up by name, which was most of the time
/// spent in layouts. The output is Fluid's, byte for byte (tests render every construct both ways).
/// </summary>
internal sealed class CompiledTemplate(CompiledStatement[] statements, LiquidValue values)
{

    /// <summary>
    /// Renders with <paramref name="variables"/> (and <paramref name="content"/>, when this is base.liquid) set as
    /// LayoutSet sets them for Fluid. <paramref name="context"/> serves what is still Fluid's: filters and FluidValues.
    /// </summary>
    public void Render(IReadOnlyDictionary<string, object?> variables, PageContentValue? content, Utf8PageBuffer page, TextEncoder encoder, TemplateContext context)
    {
        var root = new VariableFrame(null, isForLoop: false, values.Options.ModelNamesComparer);
        foreach (var (name, value) in variables) root.SetOwn(name, value);
        if (content is not null) root.SetOwn("content", content);
        CompiledStatement.WriteAll(statements, new RenderState(page, encoder, context, values, root));
    }
}

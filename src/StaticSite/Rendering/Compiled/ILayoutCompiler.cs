using System.Text.Encodings.Web;
using Fluid;

namespace StaticSite.Rendering.Compiled;

/// <summary>
/// The fast path for pages, and all that <see cref="LayoutSet"/> knows of it: layouts prepared once when
/// parsed and compiled into plain method calls. The pages are Fluid's byte for byte, for the Fluid release
/// the compiler was verified against (<see cref="CompiledLayouts.VerifiedFluidVersion"/>).
/// </summary>
internal interface ILayoutCompiler
{
    /// <summary>A parsed layout or partial, prepared for the pages it renders; Fluid renders it as it did.</summary>
    IFluidTemplate Prepare(IFluidTemplate parsed);

    /// <summary>Compiles a prepared layout; false leaves it to Fluid.</summary>
    bool Compile(string name, IFluidTemplate prepared);

    /// <summary>Renders a page by its compiled layout, as Fluid would with these variables; false when the layout is Fluid's.</summary>
    bool TryRender(string layout, IReadOnlyDictionary<string, object?> variables, PageContentValue? content, Utf8PageBuffer page, TextEncoder encoder, TemplateContext context);
}

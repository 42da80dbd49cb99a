using System.Text.Encodings.Web;
using Fluid;

namespace StaticSite.Rendering.Compiled;

/// <summary>The template compiler behind <see cref="ILayoutCompiler"/>: <see cref="LayoutRewriter"/> prepares, <see cref="TemplateCompiler"/> compiles.</summary>
internal sealed class CompiledLayouts(TemplateOptions options, FluidParser parser, IReadOnlyDictionary<string, string> sources) : ILayoutCompiler
{
    /// <summary>
    /// The Fluid release whose semantics the compiled layouts copy: a test fails on any other until the compiler
    /// is verified again against it (CompiledTemplateTests), since an upgrade can change what Fluid writes.
    /// </summary>
    public const string VerifiedFluidVersion = "2.41.1";

    private readonly LayoutRewriter _rewriter = new(options, parser, sources);
    private readonly TemplateCompiler _compiler = new(options);
    private readonly Dictionary<string, CompiledTemplate> _compiled = new(StringComparer.Ordinal);

    public IFluidTemplate Prepare(IFluidTemplate parsed) => _rewriter.Apply(parsed);

    public bool Compile(string name, IFluidTemplate prepared)
    {
        if (_compiler.Compile(prepared) is not { } compiled) return false;
        _compiled[name] = compiled;
        return true;
    }

    public bool TryRender(string layout, IReadOnlyDictionary<string, object?> variables, PageContentValue? content, Utf8PageBuffer page, TextEncoder encoder, TemplateContext context)
    {
        if (!_compiled.TryGetValue(layout, out var compiled)) return false;
        compiled.Render(variables, content, page, encoder, context);
        return true;
    }
}

using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace StaticSite.Rendering;

/// <summary>
/// Prepares a parsed layout once, for the thousands of pages it renders, without changing a byte of
/// what it writes:
/// <list type="bullet">
/// <item>its literal text (the theme's markup between tags) gets its UTF-8, after Fluid's own whitespace
/// trimming: Fluid writes that text as a string, and a page is written as UTF-8 (<see cref="Utf8PageBuffer"/>),
/// so the same markup was encoded again on every page;</item>
/// <item>a plain <c>{% include 'name' %}</c> of one of the theme's partials gets the partial, prepared the same
/// way: Fluid looked the file up, checked its cache and parsed scope on every include, and topic pages include
/// a partial for every passage. The partial still renders in a scope of its own, as an include does.</item>
/// </list>
/// Anything else (an include with <c>with</c>, <c>for</c> or parameters, a name made at render time, a partial
/// that is missing or does not parse, one that includes itself) is left to Fluid.
/// </summary>
internal sealed class LayoutRewriter(TemplateOptions options, FluidParser parser, IReadOnlyDictionary<string, string> layouts) : AstRewriter
{
    private readonly Dictionary<string, IFluidTemplate?> _partials = new(StringComparer.Ordinal);
    private readonly Stack<string> _including = new();

    public IFluidTemplate Apply(IFluidTemplate template)
    {
        lock (_partials) return VisitTemplate(template);
    }

    protected override Statement VisitTextSpanStatement(TextSpanStatement statement)
    {
        statement.PrepareBuffer(options);
        return new Utf8TextStatement(statement);
    }

    protected override Statement VisitIncludeStatement(IncludeStatement include)
    {
        if (include is { With: null, For: null, AssignStatements.Count: 0, Path: LiteralExpression { Value: StringValue path } }
            && Partial(path.ToStringValue()) is { } partial)
        {
            return new PartialStatement(partial);
        }
        return base.VisitIncludeStatement(include);
    }

    // The partial a literal include names, found as Fluid finds it (the name, else the name with ".liquid"), prepared once.
    private IFluidTemplate? Partial(string name)
    {
        var file = layouts.ContainsKey(name) ? name : name + options.DefaultFileExtension;
        if (_partials.TryGetValue(file, out var prepared)) return prepared;
        if (!layouts.TryGetValue(file, out var text) || _including.Contains(file) || !parser.TryParse(text, out var template, out _)) return null;
        _including.Push(file);
        try
        {
            return _partials[file] = VisitTemplate(template);
        }
        finally
        {
            _including.Pop();
        }
    }

    /// <summary>Literal text with its UTF-8; any writer but a page gets Fluid's own statement.</summary>
    internal sealed class Utf8TextStatement(TextSpanStatement text) : Statement
    {
        private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(text.Buffer ?? "");

        public byte[] Utf8 => _utf8;

        public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
        {
            if (writer is not Utf8PageBuffer page) return text.WriteToAsync(writer, encoder, context);
            context.IncrementSteps();
            page.WriteUtf8(_utf8);
            return Normal();
        }
    }

    /// <summary>An include of a partial known when the layout was parsed: what Fluid's include does for it, without finding it again.</summary>
    internal sealed class PartialStatement(IFluidTemplate partial) : Statement
    {
        public IFluidTemplate Template => partial;

        public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
        {
            context.IncrementSteps();
            context.EnterChildScope();
            try
            {
                await partial.RenderAsync(writer, encoder, context);
            }
            finally
            {
                context.ReleaseScope();
            }
            return Completion.Normal;
        }
    }
}

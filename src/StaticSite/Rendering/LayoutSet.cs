using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using StaticSite.Diagnostics;
using StaticSite.Input;
using StaticSite.Pipeline;
using StaticSite.Rendering.Compiled;

namespace StaticSite.Rendering;

/// <summary>
/// Every layout parsed once per build; renders a page kind's layout and wraps it in base.liquid.
/// Thread-safe: parsed templates are shared, each render gets its own context.
/// </summary>
public sealed partial class LayoutSet
{
    public const string BaseLayout = "base";

    private static readonly FluidParser _parser = new();

    /// <summary>
    /// Builds Fluid's parser now, on a pool thread: constructing it compiles hundreds of generic methods,
    /// work that can overlap reading and parsing the input.
    /// </summary>
    public static void Prepare() => ThreadPool.QueueUserWorkItem(static _ => RuntimeHelpers.RunClassConstructor(typeof(LayoutSet).TypeHandle));

    // Encodes what HTML requires (& < > " ') and leaves other characters as they are: the default
    // encoder wrote every curly quote and dash as a numeric reference, 8 bytes for 3.
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    private readonly Dictionary<string, IFluidTemplate> _templates;
    private readonly ILayoutCompiler? _compiler;
    private readonly HashSet<string> _compiled;
    private readonly Dictionary<string, string> _paths;
    private readonly TemplateOptions _options;

    private LayoutSet(Dictionary<string, IFluidTemplate> templates, ILayoutCompiler? compiler, HashSet<string> compiled, Dictionary<string, string> paths, TemplateOptions options)
    {
        _templates = templates;
        _compiler = compiler;
        _compiled = compiled;
        _paths = paths;
        _options = options;
    }

    public static LayoutSet Create(BuildContext context)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in context.Results(PipelineNames.Layouts))
        {
            var name = document.Destination;
            if (!name.EndsWith(".liquid", StringComparison.Ordinal)) continue;
            sources[name] = document.Content;
            paths[name[..^".liquid".Length]] = document.Source;
        }
        var options = new TemplateOptions
        {
            FileProvider = new LayoutFileProvider(sources),
            MemberAccessStrategy = TemplateMembers.Create(),
        };
        ILayoutCompiler? compiler = context.Options.CompileLayouts ? new CompiledLayouts(options, _parser, sources) : null;
        if (compiler is not null) options.TemplateParsed = (_, template) => compiler.Prepare(template); // partials Fluid still includes itself
        options.Filters.AddFilter("json", JsonFilter.Apply);
        // Fluid's raw makes a string of its input; HTML we hold as UTF-8 or in a buffer, and JSON-LD, are written as they are.
        options.Filters.AddFilter("raw", static (input, _, _) =>
            input is Utf8Html or PageContentValue or JsonLdValue ? input : new Fluid.Values.StringValue(input.ToStringValue(), encode: false));
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var (file, text) in sources)
        {
            var name = file[..^".liquid".Length];
            if (_parser.TryParse(text, out var template, out var error)) templates[name] = compiler?.Prepare(template) ?? template;
            else context.Diagnostics.Error(ErrorLocation(paths[name], error), DiagnosticCodes.TemplateError, $"layout '{name}' does not parse: {error}");
        }
        var compiled = new HashSet<string>(templates.Keys.Where(name => compiler?.Compile(name, templates[name]) == true), StringComparer.Ordinal);
        return new LayoutSet(templates, compiler, compiled, paths, options);
    }

    public bool Has(string layout) => _templates.ContainsKey(layout);

    /// <summary>The page layouts Fluid renders because they did not compile (see <see cref="ILayoutCompiler"/>), for the build's warning.</summary>
    public IReadOnlyList<string> RenderedByFluid =>
        [.. _templates.Keys.Where(name => !name.StartsWith('_') && !_compiled.Contains(name)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Renders <paramref name="layout"/> with the given variables, then base.liquid with the result
    /// as <c>content</c>, into <paramref name="output"/>. False after reporting when a layout is missing or fails.
    /// </summary>
    public bool RenderPage(string layout, IReadOnlyDictionary<string, object?> variables, string pageUrl, DiagnosticBag diagnostics, TextWriter output)
    {
        if (!Has(layout)) return Render(layout, variables, null, pageUrl, diagnostics, TextWriter.Null); // reports the missing layout
        var content = new PageContentValue(writer => Render(layout, variables, null, pageUrl, diagnostics, writer));
        var rendered = Render(BaseLayout, variables, content, pageUrl, diagnostics, output);
        content.EnsureRendered();
        return rendered && !content.Failed;
    }

    private bool Render(string layout, IReadOnlyDictionary<string, object?> variables, PageContentValue? content, string pageUrl, DiagnosticBag diagnostics, TextWriter output)
    {
        if (!_templates.TryGetValue(layout, out var template))
        {
            diagnostics.Error(SourceLocation.File("theme/layouts/" + layout + ".liquid"), DiagnosticCodes.MissingLayout,
                $"layout '{layout}.liquid' is missing from the theme and from input/layouts/");
            return false;
        }
        var context = new TemplateContext(_options);
        try
        {
            // Pages are rendered by the compiled layout; anything else written (a layout rendered into a string) by Fluid.
            if (output is Utf8PageBuffer page && _compiler?.TryRender(layout, variables, content, page, _encoder, context) == true) return true;
            foreach (var (name, value) in variables) context.SetValue(name, value);
            if (content is not null) context.SetValue("content", content);
            // Our writers are in-memory buffers, so rendering completes synchronously; wait only if it did not.
            var rendering = template.RenderAsync(output, _encoder, context);
            if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(SourceLocation.File(_paths[layout]), DiagnosticCodes.TemplateError, $"layout '{layout}' failed on page {pageUrl}: {e.Message}");
            return false;
        }
    }

    // Fluid reports parse errors as "... at (line:column)".
    private static SourceLocation ErrorLocation(string path, string error)
    {
        var match = ParsePosition().Match(error);
        return match.Success
            ? new SourceLocation(path, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : SourceLocation.File(path);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ParsePosition();
}

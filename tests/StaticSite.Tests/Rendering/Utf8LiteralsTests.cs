using System.Text;
using Fluid;
using StaticSite.Rendering;

namespace StaticSite.Tests.Rendering;

/// <summary>
/// Layouts whose literal text was given its UTF-8 once render exactly as Fluid renders them, whitespace
/// trimming and partials included, into a page and into any other writer.
/// </summary>
public sealed class Utf8LiteralsTests
{
    private static readonly FluidParser _parser = new();

    private static readonly Dictionary<string, string> _layouts = new()
    {
        ["_item.liquid"] = "  <li>{{ item }}</li>\n  {%- if item == 'b' -%}  <b>bee</b>  {%- endif %}\n",
        ["page.liquid"] = "<ul>\n{%- for item in items %}\n  {% include '_item' %}\n{%- endfor %}\n</ul> é😀 {{ 'x' }}  {%- comment %} c {% endcomment -%}  end\n",
    };

    private static TemplateOptions Options(bool withLiterals, out Utf8Literals? literals)
    {
        var options = new TemplateOptions { FileProvider = new LayoutFileProvider(_layouts) };
        literals = withLiterals ? new Utf8Literals(options) : null;
#pragma warning disable FLUID001 // see Utf8Literals.Cache
        if (literals is not null) options.TemplateCache = new Utf8Literals.Cache(literals);
#pragma warning restore FLUID001
        return options;
    }

    private static string Render(bool withLiterals, TextWriter writer)
    {
        var options = Options(withLiterals, out var literals);
        var template = _parser.Parse(_layouts["page.liquid"]);
        if (literals is not null) template = literals.Apply(template);
        var context = new TemplateContext(options);
        context.SetValue("items", new[] { "a", "b", "<c>" });
        template.RenderAsync(writer, System.Text.Encodings.Web.HtmlEncoder.Default, context).AsTask().GetAwaiter().GetResult();
        return writer is Utf8PageBuffer page ? Encoding.UTF8.GetString(page.WrittenSpan) : writer.ToString()!;
    }

    [Fact]
    public void OnAPage_TheOutputIsFluids()
    {
        var fluid = Render(withLiterals: false, new StringWriter());
        Assert.Contains("<li>&lt;c&gt;</li>", fluid);
        Assert.Equal(fluid, Render(withLiterals: true, new Utf8PageBuffer()));
    }

    [Fact]
    public void ElsewhereToo_TheOutputIsFluids() =>
        Assert.Equal(Render(withLiterals: false, new StringWriter()), Render(withLiterals: true, new StringWriter()));
}

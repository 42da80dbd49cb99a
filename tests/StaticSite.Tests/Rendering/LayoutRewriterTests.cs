using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using StaticSite.Rendering;

namespace StaticSite.Tests.Rendering;

/// <summary>
/// Layouts prepared once (literal text as UTF-8, plain includes of the theme's partials resolved) render
/// exactly as Fluid renders them as parsed: whitespace trimming, partials' own scopes, includes Fluid keeps
/// (with parameters, of a name made at render time, recursive), into a page and into any other writer.
/// </summary>
public sealed class LayoutRewriterTests
{
    private static readonly FluidParser _parser = new();

    private static readonly Dictionary<string, string> _layouts = new()
    {
        ["_item.liquid"] = "  <li>{{ item }}</li>\n  {%- if item == 'b' -%}  <b>bee</b>  {%- endif %}{% assign inner = 'set inside' %}\n",
        ["_card.liquid"] = "<p>{{ _card }} {{ label }}</p>{% include '_item' %}",
        ["_countdown.liquid"] = "{{ n }}{% if n > 0 %}{% assign n = n | minus: 1 %}{% include '_countdown' %}{% endif %}",
        ["page.liquid"] = """
            <ul>
            {%- for item in items %}
              {% include '_item' %}
            {%- endfor %}
            </ul> é😀 {{ 'x' }}  {%- comment %} c {% endcomment -%}  end [{{ inner }}]
            {% include '_card' with 'the card' %}{% include '_card', label: 'labelled' %}{% assign which = '_item' %}{% include which %}
            {% assign n = 3 %}{% include '_countdown' %}
            """,
    };

    private static string Render(bool rewritten, TextWriter writer)
    {
        var options = new TemplateOptions { FileProvider = new LayoutFileProvider(_layouts) };
        var template = _parser.Parse(_layouts["page.liquid"]);
        if (rewritten)
        {
            var rewriter = new LayoutRewriter(options, _parser, _layouts);
            options.TemplateParsed = (_, parsed) => rewriter.Apply(parsed);
            template = rewriter.Apply(template);
        }
        var context = new TemplateContext(options);
        context.SetValue("items", new[] { "a", "b", "<c>" });
        template.RenderAsync(writer, HtmlEncoder.Default, context).AsTask().GetAwaiter().GetResult();
        return writer is Utf8PageBuffer page ? Encoding.UTF8.GetString(page.WrittenSpan) : writer.ToString()!;
    }

    [Fact]
    public void OnAPage_TheOutputIsFluids()
    {
        var fluid = Render(rewritten: false, new StringWriter());
        Assert.Contains("<li>&lt;c&gt;</li>", fluid);
        Assert.Contains("<p>the card </p>", fluid);
        Assert.Contains("3210", fluid);
        Assert.Contains("end []", fluid); // what a partial assigns stays in its own scope
        Assert.Equal(fluid, Render(rewritten: true, new Utf8PageBuffer()));
    }

    [Fact]
    public void ElsewhereToo_TheOutputIsFluids() =>
        Assert.Equal(Render(rewritten: false, new StringWriter()), Render(rewritten: true, new StringWriter()));

    [Fact]
    public void AMissingPartial_FailsAsFluidsIncludeDoes()
    {
        var layouts = new Dictionary<string, string> { ["page.liquid"] = "before {% include '_missing' %}" };
        var options = new TemplateOptions { FileProvider = new LayoutFileProvider(layouts) };
        var template = new LayoutRewriter(options, _parser, layouts).Apply(_parser.Parse(layouts["page.liquid"]));
        var render = () => template.RenderAsync(new StringWriter(), HtmlEncoder.Default, new TemplateContext(options)).AsTask().GetAwaiter().GetResult();
        Assert.Contains("_missing", Assert.Throws<FileNotFoundException>(render).Message);
    }
}

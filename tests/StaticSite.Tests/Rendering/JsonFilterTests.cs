using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using StaticSite.Rendering;
using StaticSite.Rendering.Views;

namespace StaticSite.Tests.Rendering;

/// <summary>Liquid's json filter, written without reflection so that the published (ahead-of-time compiled) tool has it too.</summary>
public sealed class JsonFilterTests
{
    private static readonly FluidParser _parser = new();

    private static string Render(string source, object? value)
    {
        var options = new TemplateOptions { MemberAccessStrategy = TemplateMembers.Create() };
        options.Filters.AddFilter("json", JsonFilter.Apply);
        var context = new TemplateContext(options);
        context.SetValue("x", value);
        return _parser.Parse(source).Render(context, NullEncoder.Default);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\" <b>", "\"say \\u0022hi\\u0022 \\u003Cb\\u003E\"")]
    public void String_IsAJsonStringSafeInHtml(string value, string expected) => Assert.Equal(expected, Render("{{ x | json }}", value));

    [Fact]
    public void Scalars_AreJsonScalars()
    {
        Assert.Equal("3", Render("{{ x | json }}", 3));
        Assert.Equal("true", Render("{{ x | json }}", true));
        Assert.Equal("null", Render("{{ x | json }}", null));
    }

    [Fact]
    public void List_IsAnArrayOfItsItems() => Assert.Equal("[1,\"two\",null]", Render("{{ x | json }}", new object?[] { 1, "two", null }));

    [Fact]
    public void View_IsAnObjectOfTheNamesLayoutsRead()
    {
        Assert.Equal("{\"current\":true,\"title\":\"Topics\",\"url\":\"/topics/\"}", Render("{{ x | json }}", new NavView("Topics", "/topics/", true)));
        Assert.Equal("[{\"count\":2,\"title\":\"A\",\"url\":\"/a/\"}]", Render("{{ x | json }}", new[] { new LinkView("A", "/a/", 2) }));
    }

    [Fact]
    public void HtmlKeptAsUtf8_IsAString() =>
        Assert.Equal("\"\\u003Cp\\u003Eok\\u003C/p\\u003E\"", Render("{{ x | json }}", new Utf8Html(Encoding.UTF8.GetBytes("<p>ok</p>"))));

    [Fact]
    public void TrueArgument_Indents() =>
        Assert.Equal("{\n  \"current\": false,\n  \"title\": \"T\",\n  \"url\": \"/\"\n}", Render("{{ x | json: true }}", new NavView("T", "/", false)).Replace("\r\n", "\n"));
}

using StaticSite.Output;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

/// <summary>Stylesheets are written without comments and with collapsed whitespace, and mean the same.</summary>
public sealed class MinifyStylesheetsTests
{
    [Theory]
    [InlineData("/* a comment */\na {\n  color: red;\n}\n", "a{color:red}\n")]
    [InlineData(".a, .b > .c { margin: 0 auto; }", ".a,.b>.c{margin:0 auto}\n")]
    [InlineData(".toc :hover { x: y }", ".toc :hover{x:y}\n")]
    [InlineData("@media (min-width: 60rem) and (max-width: 80rem) { a { b: c } }", "@media (min-width:60rem) and (max-width:80rem){a{b:c}}\n")]
    [InlineData("a { top: calc(100% + 0.4rem); }", "a{top:calc(100% + 0.4rem)}\n")]
    [InlineData("a::before { content: \" /* · */ \"; }", "a::before{content:\" /* · */ \"}\n")]
    [InlineData("a::before { content: '\\'  x'; }", "a::before{content:'\\'  x'}\n")]
    [InlineData("a { color: red !important; }", "a{color:red !important}\n")]
    public void Stylesheet_IsMinifiedWithoutChangingItsMeaning(string css, string expected) =>
        Assert.Equal(expected, MinifyStylesheets.Minify(css));

    [Fact]
    public void UnclosedComment_EndsTheStylesheet() =>
        Assert.Equal("a{b:c}\n", MinifyStylesheets.Minify("a { b: c } /* never closed"));

    [Fact]
    public void ThemeStylesheet_IsWrittenMinified()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        var written = File.ReadAllText(Path.Combine(site.Output, "assets/css/site.css"));
        var theme = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets/css/site.css"));
        Assert.DoesNotContain("/*", written);
        Assert.True(written.Length < theme.Length * 0.9, $"{written.Length} bytes written of {theme.Length}");
        Assert.Contains(".term-ref:hover .term-card", written);
    }
}

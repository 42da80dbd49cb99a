using StaticSite.Markdown;

namespace StaticSite.Tests.Markdown;

public class PlainTextTests
{
    [Theory]
    [InlineData("*Hello*   **world**", "Hello world")]
    [InlineData("A [link](https://x.example) and `code`.", "A link and code.")]
    [InlineData("See [[shown text|api]] and [[api]].", "See shown text and api.")]
    [InlineData("Line one\nline two\n\nPara <b>two</b>.", "Line one line two Para two.")]
    [InlineData("Fish &amp; chips", "Fish & chips")]
    [InlineData("", "")]
    public void Markdown_BecomesCollapsedText(string markdown, string expected) =>
        Assert.Equal(expected, MarkdownConverter.ToPlainText(markdown));
}

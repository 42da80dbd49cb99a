using StaticSite.Markdown.Glossary;

namespace StaticSite.Tests.Markdown;

public class GlossaryMatcherTests
{
    private static readonly GlossaryMatcher Matcher = new(MarkdownTestBed.Glossary);

    private static List<(string Text, string Id)> Find(string text) =>
        [.. Matcher.Find(text).Select(m => (text.Substring(m.Start, m.Length), m.Term.Id))];

    [Theory]
    [InlineData("RAPID growth")]
    [InlineData("APIary")]
    [InlineData("the API2 spec")]
    public void PartOfAWord_DoesNotMatch(string text) => Assert.Empty(Find(text));

    [Fact]
    public void WholeWordWithPunctuation_Matches() =>
        Assert.Equal([("API", "api")], Find("(API)"));

    [Fact]
    public void CapitalisedForm_IsCaseSensitive()
    {
        Assert.Empty(Find("an api call"));
        Assert.Empty(Find("Api"));
    }

    [Fact]
    public void LowercaseForm_MatchesAsWrittenOrWithFirstLetterCapitalised()
    {
        Assert.Equal([("open source", "open-source")], Find("pure open source code"));
        Assert.Equal([("Open source", "open-source")], Find("Open source wins"));
        Assert.Empty(Find("OPEN SOURCE"));
        Assert.Empty(Find("Open Source"));
    }

    [Fact]
    public void OverlappingForms_LongestWins() =>
        Assert.Equal([("EU AI Act", "eu-ai-act"), ("AI", "ai")], Find("the EU AI Act and AI"));

    [Fact]
    public void Aliases_MatchTheirTerm() =>
        Assert.Equal([("APIs", "api"), ("application programming interface", "api")], Find("APIs, an application programming interface"));
}

namespace StaticSite.Tests.EndToEnd;

/// <summary>The word-for-word comparison the verbatim tests rely on: it must see every kind of difference and name where.</summary>
public sealed class SpokenTextTests
{
    [Fact]
    public void Whitespace_AndInsertions_AreNotWords()
    {
        Assert.Equal(["We", "burn", "25", "million", "in", "12", "months."],
            SpokenText.Words("We burn  25 million [euros]\nin 12 months. [ Music ]"));
    }

    [Fact]
    public void QuotesAndPunctuation_AreKeptAsWritten()
    {
        Assert.Equal(0, SpokenText.FirstDifference(SpokenText.Words("I'm here."), SpokenText.Words("I’m here.")));
        Assert.Equal(1, SpokenText.FirstDifference(SpokenText.Words("said “yes.”"), SpokenText.Words("said \"yes.\"")));
    }

    [Theory]
    [InlineData("one two three four", "one two three four", -1)]
    [InlineData("one two tree four", "one two three four", 2)]
    [InlineData("one two three", "one two three four", 3)]
    [InlineData("one two three four five", "one two three four", 4)]
    [InlineData("one three four", "one two three four", 1)]
    public void FirstDifference_IsTheFirstWordThatDiffersOrIsMissing(string site, string source, int expected)
    {
        Assert.Equal(expected, SpokenText.FirstDifference(SpokenText.Words(site), SpokenText.Words(source)));
    }

    [Fact]
    public void Describe_NamesTheWordByItsPositionAndShowsBothSides()
    {
        var message = SpokenText.Describe("talk", SpokenText.Words("we went to the Moon"), SpokenText.Words("we went to the moon"));
        Assert.Equal("talk: word 5 differs: site has 'Moon', source has 'moon' (site: …we went to the Moon…; source: …we went to the moon…)", message);
    }
}

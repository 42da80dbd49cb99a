using StaticSite.Rendering.Citations;

namespace StaticSite.Tests.Rendering;

/// <summary>The citation writers on their own: names, escaping, one-line RIS values, style punctuation.</summary>
public sealed class CitationWriterTests
{
    private static CitedWork Work(string title, params string[] authors) =>
        new("key", title, [.. authors.Select(a => new CitedName(a))], new DateOnly(2019, 10, 8), "Pub", "en", "https://example.org/t/", "Interview");

    [Theory]
    [InlineData("Ada Lovelace", false, "Lovelace", "Ada", "Lovelace, A.")]
    [InlineData("Jean-Luc Marie Picard", false, "Picard", "Jean-Luc Marie", "Picard, J.-L. M.")]
    [InlineData("TIME", true, "TIME", "", "TIME")]
    [InlineData("Smith and Sons", true, "Smith and Sons", "", "Smith and Sons")]
    [InlineData("Émile Zola", false, "Zola", "Émile", "Zola, É.")]
    public void CitedName_SplitsPersonsAndKeepsGroupsWhole(string full, bool literal, string family, string given, string apa)
    {
        var name = new CitedName(full);
        Assert.Equal(literal, name.IsLiteral);
        Assert.Equal(family, name.Family);
        Assert.Equal(given, name.Given);
        Assert.Equal(apa, name.FamilyInitials);
    }

    [Fact]
    public void BibTex_BracesGroupNamesAndEscapesThem()
    {
        var bib = BibTexWriter.Write(Work("T", "Smith & Sons", "Ada Lovelace"));
        Assert.Contains("  author = {{Smith \\& Sons} and Lovelace, Ada},\n", bib);
    }

    [Fact]
    public void BibTex_PercentEncodesBracesInUrls()
    {
        var bib = BibTexWriter.Write(Work("T") with { Url = "https://example.org/{x}" });
        Assert.Contains("  url = {https://example.org/%7Bx%7D},\n", bib);
    }

    [Fact]
    public void Ris_KeepsEachValueOnItsLine()
    {
        var ris = RisWriter.Write(Work("Two\nlines\r\ttab", "Ada Lovelace"));
        Assert.Contains("TI  - Two lines  tab\n", ris);
        Assert.EndsWith("ER  - \n", ris);
    }

    [Fact]
    public void Chicago_DoesNotAddAPeriodAfterATitlesOwnMark()
    {
        Assert.Contains("“Why the Moon?” Interview.", CitationStyles.Chicago(Work("Why the Moon?", "Ada Lovelace")));
        Assert.Contains("“Plain.” Interview.", CitationStyles.Chicago(Work("Plain", "Ada Lovelace")));
    }

    [Fact]
    public void Apa_ListsThreeAuthorsWithAnAmpersand()
    {
        Assert.StartsWith("Lovelace, A., Babbage, C., & TIME. (2019, October 8).", CitationStyles.Apa(Work("T", "Ada Lovelace", "Charles Babbage", "TIME")));
    }
}

using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using StaticSite.Rendering;

namespace StaticSite.Tests.Rendering;

/// <summary>A turn's HTML shown on a topic page loses its note markers, ids and aria-describedby, and nothing else.</summary>
public class PortableHtmlTests
{
    [Fact]
    public void HtmlWithNothingToRemove_IsTheSameMemory()
    {
        ReadOnlyMemory<byte> html = "<p>Plain <em>words</em> and <a class=\"term\" href=\"/glossary/api/\">API</a>.</p>"u8.ToArray();
        Assert.True(PortableHtml.From(html).Equals(html));
    }

    [Fact]
    public void NoteMarkersIdsAndDescriptions_AreRemoved()
    {
        var html = "<p>An <a class=\"term\" href=\"/glossary/api/\" aria-describedby=\"tc-1\">API<span class=\"term-card\" role=\"tooltip\" id=\"tc-1\">Def.</span></a>"
            + " here<sup class=\"note-ref\" id=\"r1\"><a href=\"#n1\">1</a></sup>.</p>";
        Assert.Equal(
            "<p>An <a class=\"term\" href=\"/glossary/api/\">API<span class=\"term-card\" role=\"tooltip\">Def.</span></a> here.</p>",
            Portable(html));
    }

    [Fact]
    public void UnclosedPieces_Stay()
    {
        const string Html = "<p>x<sup class=\"note-ref\">1 and <b id=\"open</p>";
        Assert.Equal(Html, Portable(Html));
    }

    // The patterns it replaced, as the reference: the same text must come out of both.
    [Fact]
    public void RandomHtml_MatchesTheRegularExpressions()
    {
        string[] pieces = ["<sup class=\"note-ref\"", "</sup>", " id=\"", " aria-describedby=\"", "\"", " ", "<", ">", "a", "é", "<p>"];
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 30].Select(parts => string.Concat(parts)).Sample(html =>
        {
            var expected = Regex.Replace(Regex.Replace(html, "<sup class=\"note-ref\"[^>]*>.*?</sup>", "", RegexOptions.Singleline), " (?:id|aria-describedby)=\"[^\"]*\"", "");
            Assert.Equal(expected, Portable(html));
        });
    }

    private static string Portable(string html) => Encoding.UTF8.GetString(PortableHtml.From(Encoding.UTF8.GetBytes(html)).Span);
}

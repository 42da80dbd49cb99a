using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>A broken link is found in the written page, and reported at the line and column of its address in the Markdown the editor wrote.</summary>
public sealed class BrokenLinkLineTests
{
    private const string Links = """
        -- input/transcripts/links.md --
        ---
        title: Links
        date: 2024-11-08
        speakers:
          - { id: host, role: interviewer }
          - { id: guest }
        ---

        @host: Where is [the archive](/archive/)?

        @guest: See [café](/café/) then.

        @host: And [the notes][n].

        [n]: /notes/

        -- input/pages/about.md --
        ---
        title: About
        ---

        Intro.

        See [a missing anchor](/transcripts/first-talk/#no-such-turn).
        """;

    private static (int Line, int Column) At(TestSite site, string code, string address) =>
        site.Errors.Where(d => d.Code == code && d.Message.Contains(address, StringComparison.Ordinal) && d.Location.Path.StartsWith("input/", StringComparison.Ordinal))
            .Select(d => (d.Location.Line, d.Location.Column)).Distinct().Single();

    [Theory]
    [InlineData("/")]
    [InlineData("/pub/")] // the page has /pub/archive/: found as the editor wrote it, /archive/
    public void BrokenLinksInMarkdown_AreReportedAtTheirAddress(string basePath)
    {
        using var site = TestSite.BuildMinimal(Links, o => o with { BasePath = basePath });
        Assert.False(site.Result.Succeeded);
        Assert.Equal((9, 31), At(site, DiagnosticCodes.BrokenLink, "archive/'"));
        Assert.Equal((11, 20), At(site, DiagnosticCodes.BrokenLink, "caf%C3%A9/'")); // escaped in the page, not in the Markdown
        Assert.Equal((15, 6), At(site, DiagnosticCodes.BrokenLink, "notes/'")); // a link definition
        Assert.Equal((7, 24), At(site, DiagnosticCodes.BrokenAnchor, "#no-such-turn"));
    }
}

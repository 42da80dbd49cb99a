using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Hardening;

/// <summary>Markdown nested past Markdig's limit is the editor's input: an error at its file and line, with the build's other diagnostics.</summary>
public sealed class DeepNestingTests
{
    private static readonly string Brackets = new('[', 50_000);
    private static readonly string Quotes = new('>', 20_000);

    private static string Transcript(string body) => $$"""
        -- input/transcripts/first-talk.md --
        ---
        title: The First Talk
        date: 2024-11-07
        speakers:
          - { id: host, role: interviewer }
          - { id: guest }
        ---

        @host: Question?

        @guest: {{body}}

        -- input/transcripts/second-talk.md --
        ---
        title: The Second Talk
        date: 2024-11-08
        speakers:
          - { id: host, role: interviewer }
        ---

        @gust: A misspelt speaker in another file, reported too.
        """;

    private static Diagnostic ReportedAt(TestSite site, string path, int line)
    {
        Assert.False(site.Result.Succeeded);
        var diagnostic = site.Single(DiagnosticCodes.TooDeeplyNested);
        Assert.Equal((path, line, 1), (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.True(diagnostic.IsError);
        return diagnostic;
    }

    [Fact]
    public void FiftyThousandBracketsInATurn_AreReportedAtTheirLine_WithTheOtherErrors()
    {
        using var site = TestSite.BuildMinimal(Transcript(Brackets + " answer"));
        ReportedAt(site, "input/transcripts/first-talk.md", 11);
        Assert.Equal(DiagnosticCodes.UnknownSpeaker, site.Single(DiagnosticCodes.UnknownSpeaker).Code);
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
    }

    [Fact]
    public void TwentyThousandQuoteMarks_AreReportedAtTheirLine()
    {
        using var site = TestSite.BuildMinimal(Transcript("Answer.\n\n" + Quotes + " quoted"));
        ReportedAt(site, "input/transcripts/first-talk.md", 13);
    }

    [Fact]
    public void QuotesDeepeningLineByLine_AreReportedAtTheLineThatPassesTheLimit()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 300).Select(n => new string('>', n) + " q"));
        using var site = TestSite.BuildMinimal(Transcript("Answer.\n\n" + lines));
        Assert.False(site.Result.Succeeded);
        var line = site.Single(DiagnosticCodes.TooDeeplyNested).Location.Line;
        // Line 13 holds one '>', line 312 three hundred: the limit lies between, at Markdig's depth.
        Assert.InRange(line, 14, 311);
    }

    [Fact]
    public void DeepNestingInAPage_IsReportedAtItsLine()
    {
        using var site = TestSite.BuildMinimal($"""
            -- input/pages/about.md --
            ---
            title: About
            ---

            About.

            {Brackets}
            """);
        ReportedAt(site, "input/pages/about.md", 7);
    }

    [Fact]
    public void DeepNestingInAGlossaryDefinition_IsReportedAtTheField()
    {
        using var site = TestSite.BuildMinimal($"""
            -- input/glossary.yml --
            api:
              term: API
              definition: "{Brackets}"
            open-source:
              term: open source
              definition: Code anyone may read.
            """);
        Assert.False(site.Result.Succeeded);
        var diagnostic = site.Single(DiagnosticCodes.TooDeeplyNested);
        Assert.Equal(("input/glossary.yml", 3), (diagnostic.Location.Path, diagnostic.Location.Line));
    }
}

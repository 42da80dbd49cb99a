using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>Every mistake an editor can make is reported with its code, file, line and column; the build fails.</summary>
public sealed class DiagnosticTests
{
    private const string Transcript = "input/transcripts/first-talk.md";

    private static Diagnostic FailsWith(string code, string changes)
    {
        using var site = TestSite.BuildMinimal(changes);
        Assert.False(site.Result.Succeeded, "the build should fail with " + code);
        return site.Single(code);
    }

    private static void AssertAt(Diagnostic diagnostic, string path, int line, int column)
    {
        Assert.Equal(path, diagnostic.Location.Path);
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    private const string TwoTurns = """
        -- input/transcripts/first-talk.md --
        ---
        title: The First Talk
        date: 2024-11-07
        speakers:
          - { id: host, role: interviewer }
          - { id: guest }
        ---

        @host: Question?

        @guset: Answer.
        """;

    [Fact]
    public void UnknownSpeakerInTurn_IsReportedWithFileLineAndSuggestion()
    {
        var diagnostic = FailsWith(DiagnosticCodes.UnknownSpeaker, TwoTurns);
        AssertAt(diagnostic, Transcript, 11, 1);
        Assert.Contains("did you mean 'guest'", diagnostic.Message);
        Assert.Equal($"{Transcript}(11,1): error SSG0102: {diagnostic.Message}", diagnostic.ToString());
    }

    [Fact]
    public void SpeakerNotDeclaredInTranscript_IsReported()
    {
        var diagnostic = FailsWith(DiagnosticCodes.SpeakerNotDeclared, TwoTurns.Replace("  - { id: guest }\n", "").Replace("@guset", "@guest"));
        AssertAt(diagnostic, Transcript, 10, 1);
    }

    [Fact]
    public void UnknownSpeakerInFrontMatter_IsReportedAtTheId()
    {
        var diagnostic = FailsWith(DiagnosticCodes.UnknownSpeaker, TwoTurns.Replace("{ id: guest }", "{ id: gust }").Replace("@guset", "@host"));
        AssertAt(diagnostic, Transcript, 6, 11);
        Assert.Contains("did you mean 'guest'", diagnostic.Message);
    }

    [Fact]
    public void UnknownTopic_IsReportedAtTheTag()
    {
        var diagnostic = FailsWith(DiagnosticCodes.UnknownTopic, TwoTurns.Replace("@host:", "@host #mony:").Replace("@guset", "@guest"));
        AssertAt(diagnostic, Transcript, 9, 7);
        Assert.Contains("did you mean 'money'", diagnostic.Message);
    }

    [Fact]
    public void UnknownWikiLinkTerm_IsReported()
    {
        var diagnostic = FailsWith(DiagnosticCodes.UnknownTerm, TwoTurns.Replace("Answer.", "An [[apy]] answer.").Replace("@guset", "@guest"));
        AssertAt(diagnostic, Transcript, 11, 12);
        Assert.Contains("did you mean 'api'", diagnostic.Message);
    }

    [Fact]
    public void UnknownSeeAlsoAndRelated_AreReportedInTheDataFiles()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/topics.yml --
            money:
              title: Money
              related: [cod]
            code:
              title: Code
            -- input/glossary.yml --
            api:
              term: API
              definition: A way for programs to talk.
              see_also: [open-sorce]
            open-source:
              term: open source
              definition: Code anyone may read.
            """);
        AssertAt(site.Single(DiagnosticCodes.UnknownRelatedTopic), "input/topics.yml", 3, 13);
        var seeAlso = site.Single(DiagnosticCodes.UnknownSeeAlso);
        AssertAt(seeAlso, "input/glossary.yml", 4, 14);
        Assert.Contains("did you mean 'open-source'", seeAlso.Message);
    }

    [Fact]
    public void MissingRequiredField_IsReported()
    {
        var diagnostic = FailsWith(DiagnosticCodes.MissingField, """
            -- input/speakers.yml --
            host:
              name: The Host
            guest:
              role: Engineer
            """);
        Assert.Equal("input/speakers.yml", diagnostic.Location.Path);
        Assert.Equal(4, diagnostic.Location.Line);
        Assert.Contains("'name'", diagnostic.Message);
    }

    [Fact]
    public void MalformedYaml_IsReportedWithPosition()
    {
        var diagnostic = FailsWith(DiagnosticCodes.MalformedYaml, """
            -- input/topics.yml --
            money:
              title: Money
             code: [unclosed
            """);
        Assert.Equal("input/topics.yml", diagnostic.Location.Path);
        Assert.True(diagnostic.Location.Line >= 2, diagnostic.ToString());
    }

    [Fact]
    public void MalformedFrontMatter_IsReportedWithFileLine()
    {
        var diagnostic = FailsWith(DiagnosticCodes.MalformedYaml, TwoTurns.Replace("title: The First Talk", "title: [The First Talk").Replace("@guset", "@guest"));
        Assert.Equal(Transcript, diagnostic.Location.Path);
        Assert.InRange(diagnostic.Location.Line, 2, 7);
    }

    [Fact]
    public void TabInFrontMatter_IsReportedAtTheTab()
    {
        var diagnostic = FailsWith(DiagnosticCodes.MalformedYaml, TwoTurns.Replace("  - { id: guest }", "  - { id: guest }\nrecorded:\n\tplace: Paris").Replace("@guset", "@guest"));
        AssertAt(diagnostic, Transcript, 8, 1);
        Assert.Contains("tab", diagnostic.Message);
    }

    [Fact]
    public void TabInDataFile_IsReportedAtTheTab()
    {
        var diagnostic = FailsWith(DiagnosticCodes.MalformedYaml, """
            -- input/topics.yml --
            money:
              title: Money
            work:
            	title: Work
            """);
        AssertAt(diagnostic, "input/topics.yml", 4, 1);
    }

    [Fact]
    public void InvalidDate_IsReported()
    {
        var diagnostic = FailsWith(DiagnosticCodes.InvalidDate, TwoTurns.Replace("2024-11-07", "2024-13-45").Replace("@guset", "@guest"));
        AssertAt(diagnostic, Transcript, 3, 7);
    }

    [Fact]
    public void InvalidSlug_IsRefusedSoNothingEscapesOutput()
    {
        var diagnostic = FailsWith(DiagnosticCodes.InvalidId, TwoTurns.Replace("date: 2024-11-07", "date: 2024-11-07\nslug: ../../escape").Replace("@guset", "@guest"));
        AssertAt(diagnostic, Transcript, 4, 7);
        Assert.Contains("'../../escape'", diagnostic.Message);
    }

    [Fact]
    public void InvalidRegistryId_IsReported()
    {
        var diagnostic = FailsWith(DiagnosticCodes.InvalidId, """
            -- input/topics.yml --
            money:
              title: Money
            Big Code:
              title: Code
            """);
        AssertAt(diagnostic, "input/topics.yml", 3, 1);
        Assert.Contains("'big-code'", diagnostic.Message);
    }

    [Fact]
    public void DuplicateTranscriptSlug_IsReportedOnTheSecondFilesSlugLine_NamingTheFirstWithItsLine()
    {
        // Files are read in path order: a-copy.md is the first with the slug, b-copy.md the second.
        var diagnostic = FailsWith(DiagnosticCodes.DuplicateId, """
            -- input/transcripts/a-copy.md --
            ---
            title: Copy A
            date: 2024-11-08
            slug: shared
            speakers:
              - { id: host, role: interviewer }
            ---

            @host: Anything?
            -- input/transcripts/b-copy.md --
            ---
            title: Copy B
            date: 2024-11-09
            summary: Another copy.
            slug: shared
            speakers:
              - { id: host, role: interviewer }
            ---

            @host: Anything else?
            """);
        AssertAt(diagnostic, "input/transcripts/b-copy.md", 5, 7);
        Assert.Contains("'shared'", diagnostic.Message);
        Assert.Contains("input/transcripts/a-copy.md(4,7) has it too", diagnostic.Message);
        Assert.Contains("set a different 'slug:'", diagnostic.Message);
    }

    [Fact]
    public void DuplicateTranscriptSlugFromTheFileName_IsReportedOnTheFrontMatter()
    {
        // copy.md sets the slug first-talk.md takes from its name; first-talk.md comes second in path order.
        var diagnostic = FailsWith(DiagnosticCodes.DuplicateId, """
            -- input/transcripts/copy.md --
            ---
            title: A Copy
            date: 2024-11-08
            slug: first-talk
            speakers:
              - { id: host, role: interviewer }
            ---

            @host: Anything?
            """);
        AssertAt(diagnostic, Transcript, 1, 1);
        Assert.Contains("'first-talk'", diagnostic.Message);
        Assert.Contains("input/transcripts/copy.md(4,7) has it too", diagnostic.Message);
        Assert.Contains("rename the file or set 'slug:'", diagnostic.Message);
    }

    [Fact]
    public void DuplicateRegistryKey_IsReported()
    {
        var diagnostic = FailsWith(DiagnosticCodes.DuplicateId, """
            -- input/topics.yml --
            money:
              title: Money
            code:
              title: Code
            money:
              title: Money again
            """);
        Assert.Equal("input/topics.yml", diagnostic.Location.Path);
    }

    [Fact]
    public void FileThatIsNotUtf8_IsReportedWithPosition()
    {
        using var site = TestSite.BuildMinimal();
        File.WriteAllBytes(Path.Combine(site.Root, "input/pages/latin.md"), [.. "---\ntitle: Caf"u8.ToArray(), 0xE9, .. "\n---\n"u8.ToArray()]);
        using var rebuilt = site.Rebuild();
        var diagnostic = rebuilt.Single(DiagnosticCodes.NotUtf8);
        AssertAt(diagnostic, "input/pages/latin.md", 2, 11);
    }

    [Fact]
    public void ManyMistakes_AreAllReportedInOneBuild()
    {
        using var site = TestSite.BuildMinimal(TwoTurns.Replace("@host:", "@host #mony:").Replace("2024-11-07", "yesterday") + "\n" + """
            -- input/glossary.yml --
            api:
              term: API
            open-source:
              term: open source
              definition: Code anyone may read.
              see_also: [nope]
            """);
        var codes = site.Result.Diagnostics.Select(d => d.Code).ToHashSet();
        Assert.Contains(DiagnosticCodes.InvalidDate, codes);
        Assert.Contains(DiagnosticCodes.MissingField, codes);
        Assert.Contains(DiagnosticCodes.UnknownSeeAlso, codes);
        Assert.Contains(DiagnosticCodes.UnknownTopic, codes);
        Assert.Contains(DiagnosticCodes.UnknownSpeaker, codes);
    }

    [Fact]
    public void UnknownField_IsAWarningWithSuggestion()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/site.yml --
            title: Test Exchanges
            descripton: typo
            description: A test publication.
            """);
        Assert.True(site.Result.Succeeded);
        var warning = site.Single(DiagnosticCodes.UnknownField);
        Assert.Equal(Severity.Warning, warning.Severity);
        AssertAt(warning, "input/site.yml", 2, 1);
        Assert.Contains("did you mean 'description'", warning.Message);
    }

    [Fact]
    public void RawHtml_IsDroppedWithAWarningUnlessAllowed()
    {
        const string Hostile = """
            -- input/pages/about.md --
            ---
            title: About
            ---

            Hello <script>alert(1)</script> world.
            """;
        using (var site = TestSite.BuildMinimal(Hostile))
        {
            site.AssertSucceeded();
            Assert.Equal(Severity.Warning, site.Result.Diagnostics.First(d => d.Code == DiagnosticCodes.RawHtmlDropped).Severity);
            Assert.Null(site.Page("about/").QuerySelector("main script"));
        }
        using (var site = TestSite.BuildMinimal(Hostile + "\n-- input/site.yml --\ntitle: T\ndescription: D\nraw_html: true\n"))
        {
            site.AssertSucceeded();
            Assert.NotNull(site.Page("about/").QuerySelector("main script"));
        }
    }

    [Fact]
    public void NamesAndTitles_AreHtmlEncoded()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/speakers.yml --
            host:
              name: "<script>alert('x')</script>"
            guest:
              name: Ada <b>Bold</b>
            """).AssertSucceeded();
        var page = site.Page("speakers/");
        Assert.Null(page.QuerySelector("main script"));
        Assert.Null(page.QuerySelector("main b"));
        Assert.Contains("<script>alert('x')</script>", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](<javascript:alert(1)>)")]
    [InlineData("![img](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<vbscript:msgbox(1)>")]
    public void UnsafeLinkScheme_IsAnErrorAndNeverReachesThePage(string link)
    {
        var diagnostic = FailsWith(DiagnosticCodes.UnsafeLink, TwoTurns.Replace("Answer.", "An " + link).Replace("@guset", "@guest"));
        AssertAt(diagnostic, Transcript, 11, 12);
    }

    [Fact]
    public void SafeLinkSchemes_AreAccepted()
    {
        using var site = TestSite.BuildMinimal(TwoTurns.Replace("Answer.", "See [site](https://example.org/), [mail](mailto:a@example.org) and [home](/).").Replace("@guset", "@guest"));
        site.AssertSucceeded();
    }

    [Fact]
    public void MisspeltInterviewerRole_IsAWarningWithSuggestion()
    {
        using var site = TestSite.BuildMinimal(TwoTurns.Replace("role: interviewer", "role: interviwer").Replace("@guset", "@guest"));
        var warning = site.Single(DiagnosticCodes.InvalidRole);
        Assert.Equal(Severity.Warning, warning.Severity);
        AssertAt(warning, Transcript, 5, 23);
        Assert.Contains("did you mean 'interviewer'", warning.Message);
    }

    [Fact]
    public void MalformedTurnLabel_IsReportedOnce()
    {
        using var site = TestSite.BuildMinimal(TwoTurns.Replace("@guset:", "@Ada Guest:"));
        var diagnostic = site.Single(DiagnosticCodes.InvalidId);
        AssertAt(diagnostic, Transcript, 11, 1);
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownSpeaker);
    }
}

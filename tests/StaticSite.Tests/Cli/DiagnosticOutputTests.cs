using StaticSite.Cli;
using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

/// <summary>GitHub annotations for pull requests, and --strict for CI.</summary>
public sealed class DiagnosticOutputTests
{
    [Fact]
    public void GitHubFormat_IsAWorkflowCommandWithEscapedText()
    {
        var diagnostic = new Diagnostic(new SourceLocation("input/a,b.md", 12, 5), Severity.Error, "SSG0102", "unknown speaker 'x'; 100% sure:\nnext");
        Assert.Equal("::error file=input/a%2Cb.md,line=12,col=5,title=SSG0102::unknown speaker 'x'; 100%25 sure:%0Anext", GitHubAnnotation.Of(diagnostic));
        var fileOnly = new Diagnostic(SourceLocation.File("input/site.yml"), Severity.Warning, "SSG0004", "unknown field");
        Assert.Equal("::warning file=input/site.yml,title=SSG0004::unknown field", GitHubAnnotation.Of(fileOnly));
    }

    [Fact]
    public void GitHubFormat_PrintsEveryDiagnosticOnStandardOutput()
    {
        using var site = TestSite.BuildMinimal("-- input/topics.yml --\nmoney:\n  title: Money\n  related: [cod]\ncode:\n  title: Code\n");
        var stdout = new StringWriter();
        var code = BuildReport.Print(site.Result, new StaticSite.Pipeline.BuildOptions(), false, false, stdout, new StringWriter(), DiagnosticFormat.GitHub);
        Assert.Equal(1, code);
        Assert.Contains("::error file=input/topics.yml,line=3,col=13,title=SSG0106::unknown related topic 'cod'; did you mean 'code'?", stdout.ToString());
    }

    [Fact]
    public void BrokenTranscript_PrintsItsErrorFirstWithoutTheUnusedEntriesItCauses()
    {
        // The transcript's front matter does not parse, so every topic, term and speaker looks unused; a warning the
        // build does make (an unknown field in a data file) still comes, after the error.
        using var site = TestSite.BuildMinimal("""
            -- input/site.yml --
            title: Test Exchanges
            description: A test publication.
            language: en
            colour: blue
            -- input/transcripts/first-talk.md --
            ---
            title: [The First Talk
            ---

            @host: Hello.
            """);
        var stderr = new StringWriter();
        Assert.Equal(1, BuildReport.Print(site.Result, new StaticSite.Pipeline.BuildOptions(), false, false, new StringWriter(), stderr));
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("error SSG0002", lines[0]);
        Assert.Contains(lines, l => l.Contains("warning SSG0004"));
        Assert.DoesNotContain(lines, l => l.Contains("SSG0120") || l.Contains("SSG0121") || l.Contains("SSG0122"));
        Assert.StartsWith("Build failed: 1 error(s), 1 warning(s).", lines[^1]);
    }

    [Fact]
    public void EmptiedTranscript_UnderStrict_FailsOnlyWithItsOwnError()
    {
        using var site = TestSite.BuildMinimal("-- input/transcripts/first-talk.md --\n", o => o with { Strict = true });
        var error = Assert.Single(site.Result.Diagnostics);
        Assert.Equal(("input/transcripts/first-talk.md", DiagnosticCodes.MissingFrontMatter), (error.Location.Path, error.Code));
    }

    [Fact]
    public void Strict_TurnsWarningsIntoErrors()
    {
        const string Unused = "-- input/topics.yml --\nmoney:\n  title: Money\ncode:\n  title: Code\nunused:\n  title: Unused\n";
        using var lenient = TestSite.BuildMinimal(Unused);
        Assert.True(lenient.Result.Succeeded);
        Assert.Equal(Severity.Warning, lenient.Single(DiagnosticCodes.UnusedTopic).Severity);
        using var strict = TestSite.BuildMinimal(Unused, o => o with { Strict = true });
        Assert.False(strict.Result.Succeeded);
        var error = strict.Single(DiagnosticCodes.UnusedTopic);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(("input/topics.yml", 5, 1), (error.Location.Path, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void UnusedTermAndSilentSpeaker_AreWarnedAtTheirEntries()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/glossary.yml --
            api:
              term: API
              aliases: [APIs]
              definition: A way for programs to talk.
            open-source:
              term: open source
              definition: Code anyone may read.
            quantum:
              term: qubit
              definition: Never said here.
            -- input/speakers.yml --
            host:
              name: The Host
            guest:
              name: Ada Guest
            silent:
              name: Nobody
            """).AssertSucceeded();
        var term = site.Single(DiagnosticCodes.UnusedTerm);
        Assert.Equal(("input/glossary.yml", 8), (term.Location.Path, term.Location.Line));
        Assert.Contains("'qubit'", term.Message);
        Assert.Equal(("input/speakers.yml", 5), (site.Single(DiagnosticCodes.SilentSpeaker).Location.Path, site.Single(DiagnosticCodes.SilentSpeaker).Location.Line));
    }
}

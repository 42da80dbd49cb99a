using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Hardening;

/// <summary>
/// "Billion laughs": nine levels of aliases, each repeating the one before ten times, stand for 10⁹
/// strings. The YAML reader keeps an alias as one more reference to its node and no reader expands
/// it, so the bomb costs what its few lines cost, wherever it is put (the placeholder check, which
/// walked every reference, hung on it until it visited each node once).
/// </summary>
public sealed class YamlAliasBombTests
{
    // A guard against a hang, not a measure: the build takes a fraction of this.
    private static readonly TimeSpan _hangGuard = TimeSpan.FromSeconds(30);

    private static string Bomb(string indent) => string.Join("\n", new[] { "lol0: &lol0 \"lol\"" }
        .Concat(Enumerable.Range(1, 9).Select(n => $"lol{n}: &lol{n} [{string.Join(", ", Enumerable.Repeat($"*lol{n - 1}", 10))}]"))
        .Select(line => indent + line));

    private static TestSite BuildWithin(string changes)
    {
        var build = Task.Run(() => TestSite.BuildMinimal(changes));
        Assert.True(build.Wait(_hangGuard), "the build did not finish");
        return build.Result;
    }

    [Fact]
    public void AliasBombInADataFile_IsHarmless_ReportedAsUnknownFields()
    {
        using var site = BuildWithin($"""
            -- input/site.yml --
            title: Test Exchanges
            description: A test publication.
            language: en
            {Bomb("")}
            refs: [*lol9, *lol9, *lol9]
            """);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownField && d.Location.Path == "input/site.yml" && d.Location.Line > 0);
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
    }

    [Fact]
    public void AliasBombAsAFieldsValue_IsAWrongTypeAtItsLine()
    {
        using var site = BuildWithin($"""
            -- input/glossary.yml --
            {Bomb("")}
            api:
              term: API
              aliases: *lol9
              definition: A way for programs to talk.
            open-source:
              term: open source
              definition: *lol9
            """);
        Assert.False(site.Result.Succeeded);
        Assert.All(site.Errors, d => Assert.Equal("input/glossary.yml", d.Location.Path));
        // An alias is reported where its value is written (the anchor's line), as one value.
        Assert.Contains(site.Errors, d => d.Location.Line == 10 && d.Code == DiagnosticCodes.WrongValueType && d.Message.Contains("'definition'", StringComparison.Ordinal));
        Assert.Contains(site.Errors, d => d.Code == DiagnosticCodes.WrongValueType && d.Message.Contains("'aliases'", StringComparison.Ordinal));
    }

    [Fact]
    public void AliasBombInFrontMatter_IsHarmless()
    {
        using var site = BuildWithin($"""
            -- input/transcripts/first-talk.md --
            ---
            title: The First Talk
            date: 2024-11-07
            {Bomb("")}
            speakers:
              - {"{"} id: host, role: interviewer {"}"}
              - {"{"} id: guest {"}"}
            tags: *lol9
            ---

            @host: Question?

            @guest: Answer.
            """);
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        Assert.Contains(site.Result.Diagnostics, d => d.Location.Path == "input/transcripts/first-talk.md" && d.Location.Line > 0);
    }
}

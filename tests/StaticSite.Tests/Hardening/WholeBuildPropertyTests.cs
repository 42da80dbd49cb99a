using System.Globalization;
using CsCheck;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Hardening;

/// <summary>
/// The robustness campaign, kept: whole builds of random publications (front matter, Markdown in our
/// syntax, YAML data files, file names) never crash, never hang, never write outside the output
/// folder, and either succeed or say what is wrong with a file and a line. CI runs
/// <see cref="DefaultCases"/> cases; set STATICSITE_CAMPAIGN_CASES for a longer campaign.
/// </summary>
public sealed class WholeBuildPropertyTests
{
    public const int DefaultCases = 150;

    // A guard against a hang, not a measure: a case builds in a fraction of it.
    private static readonly TimeSpan _hangGuard = TimeSpan.FromSeconds(60);

    // Errors about a whole file or folder, which have no line to point at; links are checked in the
    // written pages, so a broken link or anchor a layout made names its source file without a line
    // (one the editor wrote is found in the source: Sites/BrokenLinkLineTests).
    private static readonly HashSet<string> _fileLevel = [DiagnosticCodes.MissingFile, DiagnosticCodes.LinkOutsidePublication, DiagnosticCodes.UnfollowableLink,
        DiagnosticCodes.BrokenLink, DiagnosticCodes.BrokenAnchor];

    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("STATICSITE_CAMPAIGN_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultCases;

    private static readonly Gen<string> Topic = Gen.OneOf(Gen.Const("money"), Gen.Const("code"));

    private static readonly Gen<string> Term = Gen.OneOf(Gen.Const("api"), Gen.Const("open-source"));

    private static readonly Gen<string> Speaker = Gen.OneOf(Gen.Const("host"), Gen.Const("guest"));

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.Const("money"), Gen.Const("code"), Gen.Const("api"), Gen.Const("open-source"), Gen.Const("host"), Gen.Const("guest"),
        Gen.Const("API"), Gen.Const("APIs"), Gen.Const("open source"), Gen.Const("Open source"), Gen.Const("é"), Gen.Const("日本"),
        Gen.String[Gen.Char['a', 'z'], 1, 8]);

    // Our syntax and the Markdown around it, in pieces, so that every feature meets every other.
    private static readonly Gen<string> Benign = Gen.OneOf(
        Word,
        Gen.Const(" "), Gen.Const("\n"), Gen.Const("\n\n"),
        Speaker.Select(w => $"\n\n@{w}: "), Gen.Select(Speaker, Topic, (s, t) => $"\n\n@{s} #{t}: "),
        Gen.Select(Speaker, Gen.String[Gen.Char['a', 'z'], 1, 8], (s, a) => $"\n\n@{s} {{#{a}}}: "),
        Term.Select(w => $"[[{w}]]"), Gen.Select(Word, Term, (a, b) => $"[[{a}|{b}]]"),
        Word.Select(w => $"[{w}]"), Word.Select(w => $"=={w}=="), Word.Select(w => $"[^{w}]"), Word.Select(w => $"\n\n[^{w}]: note {w}\n\n"),
        Word.Select(w => $"\n\n## {w}\n\n"), Gen.Const("[topics](/topics/)"), Gen.Const("`code`"), Gen.Const("\n\n> "), Gen.Const("\n\n- "),
        Gen.Const("\n\n---\n\n"), Gen.Const("TODO: fill"));

    // Mistakes and hostile input: links to nowhere, unsafe schemes, raw HTML, stray marks, deep nesting.
    private static readonly Gen<string> Hostile = Gen.OneOf(
        Word.Select(w => $"[{w}](/{w}/)"), Gen.Const("[x](javascript:alert(1))"), Gen.Const("<b>raw</b>"),
        Word.Select(w => $"\n\n@{w}: "), Word.Select(w => $"\n\n@host #{w}: "), Word.Select(w => $"[[{w}]]"),
        Gen.Char["[]{}()#@:=^*_`\\<>|!-~&;\"'"].Select(c => c.ToString()),
        Gen.Int[2, 400].Select(n => new string('[', n)), Gen.Int[2, 400].Select(n => new string('>', n)));

    private static readonly Gen<string> Piece = Gen.Frequency((30, Benign), (1, Hostile));

    private static readonly Gen<string> Markdown = Piece.Array[0, 40].Select(pieces => string.Concat(pieces));

    private static readonly Gen<string> YamlValue = Gen.OneOf(
        Word, Gen.Const("2024-11-07"), Gen.Const("2024-13-45"), Gen.Const("[a, b]"), Gen.Const("{ id: host }"), Gen.Const("''"),
        Gen.Const("\"unclosed"), Gen.Const("[unclosed"), Gen.Const("*nowhere"), Gen.Const("&a x"), Gen.Const("|\n  block"), Gen.Const("TODO: x"),
        Gen.Const("https://example.org/"), Gen.Const("javascript:x"), Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)), Markdown.Select(m => m.Replace("\n", " ", StringComparison.Ordinal)));

    private static readonly Gen<string> YamlField = Gen.Select(
        Gen.OneOf(Gen.Const("title"), Gen.Const("date"), Gen.Const("slug"), Gen.Const("summary"), Gen.Const("source"), Gen.Const("recorded"),
            Gen.Const("note"), Gen.Const("speakers"), Gen.Const("name"), Gen.Const("term"), Gen.Const("aliases"), Gen.Const("definition"),
            Gen.Const("description"), Gen.Const("related"), Gen.Const("see_also"), Gen.Const("role"), Gen.Const("bio"), Word),
        YamlValue, Gen.Int[0, 4], (key, value, indent) => $"{new string(' ', indent)}{key}: {value}");

    private static readonly Gen<string> Yaml = YamlField.Array[0, 8].Select(lines => string.Join("\n", lines));

    // Valid fields with plain values, so that most publications build and the campaign reaches rendering.
    private static readonly Gen<string> GoodFields = Gen.Select(Gen.Bool, Gen.Bool, Word, (summary, recorded, word) =>
        (summary ? $"summary: \"A talk about {word}.\"\n" : "") + (recorded ? $"recorded: {word}\n" : ""));

    private static readonly Gen<string> FileName = Gen.Frequency((6, Gen.String[Gen.Char['a', 'z'], 1, 12]), (1, Gen.OneOf(
        Word, Gen.Const("with space"), Gen.Const("..x"), Gen.Const(".hidden"), Gen.Const("über-ñame"), Gen.Const("日本語"), Gen.Const("a..b"),
        Gen.Const("-lead"), Gen.Const("UPPER"), Gen.Int[100, 200].Select(n => new string('l', n)), Gen.Int[30, 60].Select(n => string.Concat(Enumerable.Repeat("é", n))))));

    private static readonly Gen<string> FrontMatter = Gen.Frequency(
        (4, GoodFields.Select(extra => "title: A Talk\ndate: 2024-11-07\nspeakers:\n  - { id: host, role: interviewer }\n  - { id: guest }\n" + extra)),
        (1, Gen.Select(Gen.Bool, Gen.Bool, Yaml, (title, speakers, extra) =>
            (title ? "title: A Talk\ndate: 2024-11-07\n" : "") + (speakers ? "speakers:\n  - { id: host, role: interviewer }\n  - { id: guest }\n" : "") + extra)));

    private static readonly Gen<(string Path, string Text)> Transcript = Gen.Select(FileName, FrontMatter, Markdown, Gen.Int[0, 19],
        (name, front, body, shape) => ($"input/transcripts/{name}.md", shape switch // mostly well formed
        {
            0 => body, // no front matter
            1 => $"---\n{front}\n", // never closed
            _ => $"---\n{front}\n---\n\n{body}\n",
        }));

    private static readonly Gen<(string Path, string Text)> DataFile = Gen.Select(
        Gen.OneOf(Gen.Const("speakers"), Gen.Const("topics"), Gen.Const("glossary"), Gen.Const("site")), Yaml, Gen.Bool,
        (name, yaml, entry) => ($"input/{name}.yml", entry ? $"entry:\n{string.Join("\n", yaml.Split('\n').Select(l => "  " + l))}" : yaml));

    private static readonly Gen<(string Path, string Text)> Page = Gen.Select(FileName, Gen.Frequency((3, Gen.Const("title: A Page")), (1, Yaml)), Markdown,
        (name, yaml, body) => ($"input/pages/{name}.md", $"---\n{yaml}\n---\n\n{body}\n"));

    private static readonly Gen<(string Path, string Text)[]> Publication = Gen.Select(
        Transcript.Array[1, 3], Gen.Frequency((3, Gen.Const(Array.Empty<(string, string)>())), (1, DataFile.Array[1, 2])), Page.Array[0, 1], (t, d, p) => t.Concat(d).Concat(p).ToArray());

    [Fact]
    public void RandomPublications_BuildOrReportEveryProblemAtAFileAndLine_WithinTheOutputFolder()
    {
        var outcomes = new List<string>();
        Publication.Sample(files => outcomes.Add(AssertBuildsSafely(files)),
            iter: Cases, threads: 1, print: files => string.Join("\n", files.Select(f => $"-- {f.Path} --\n{f.Text}")));
        Assert.Equal(Cases, outcomes.Count);
        // The campaign's figures: how many built, and which errors the rest reported.
        if (Environment.GetEnvironmentVariable("STATICSITE_CAMPAIGN_REPORT") is { Length: > 0 } report)
            File.WriteAllLines(report, outcomes.CountBy(o => o).OrderByDescending(c => c.Value).Select(c => $"{c.Value}\t{c.Key}"));
    }

    // The codes of the errors the build reported ("built" when it succeeded).
    private static string AssertBuildsSafely((string Path, string Text)[] files)
    {
        using var folder = new TempFolder("campaign", TestSite.Minimal);
        var site = Path.Combine(folder.Root, "site");
        Directory.CreateDirectory(site);
        foreach (var entry in Directory.GetFileSystemEntries(folder.Root).Where(e => e != site)) Directory.Move(entry, Path.Combine(site, Path.GetFileName(entry)));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        var before = Entries(folder.Root).Where(e => !e.StartsWith("site/output/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var options = new BuildOptions { WorkingDirectory = site, ThemeDirectory = RepoPaths.Theme };
        var build = Task.Run(() => SiteBuilder.Build(options));
        Assert.True(build.Wait(_hangGuard), "the build did not finish");
        var result = build.Result;

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        var written = Entries(folder.Root).Where(e => !before.Contains(e) && !e.StartsWith("site/output/", StringComparison.Ordinal)).ToList();
        Assert.True(written.Count == 0 || written.SequenceEqual(["site/output"]), "written outside output/: " + string.Join(", ", written));
        if (result.Succeeded) return "built";
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        foreach (var error in errors)
        {
            Assert.StartsWith("input/", error.Location.Path);
            Assert.True(error.Location.Line > 0 || _fileLevel.Contains(error.Code), "an error without a line: " + error);
        }
        return string.Join(" ", errors.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Entries(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(root, e).Replace('\\', '/'));
}

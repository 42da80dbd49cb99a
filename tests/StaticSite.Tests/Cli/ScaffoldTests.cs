using StaticSite.Cli;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

/// <summary>`new` writes skeletons that build without errors and never overwrite an editor's work.</summary>
public sealed class ScaffoldTests : IDisposable
{
    private readonly TempFolder _folder = new("new", TestSite.Minimal);

    private string Root => _folder.Root;

    public void Dispose() => _folder.Dispose();

    private Scaffold Scaffold => new(Path.Combine(Root, "input"));

    private BuildResult Build() => SiteBuilder.Build(new BuildOptions { WorkingDirectory = Root, ThemeDirectory = RepoPaths.Theme });

    [Fact]
    public void NewTranscript_BuildsWithoutErrorsAndUsesExistingIds()
    {
        Scaffold.Transcript("second-talk", "A \"Second\" Talk");
        var result = Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var text = File.ReadAllText(Path.Combine(Root, "input/transcripts/second-talk.md"));
        Assert.Contains("- { id: host, role: interviewer }", text);
        Assert.Contains("@host #money: TODO: the first question?", text);
        Assert.True(File.Exists(Path.Combine(Root, "output/transcripts/second-talk/index.html")));
    }

    [Fact]
    public void NewTranscriptPlaceholders_AreWarnedAtTheirLinesAndFailUnderStrict()
    {
        Scaffold.Transcript("second-talk", null);
        var warned = Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.PlaceholderLeft && d.Location.Path == "input/transcripts/second-talk.md")
            .Select(d => (d.Location.Line, d.Location.Column, d.IsError)).ToList();
        // title, summary, source name (under the schema line); the introduction, the question (after "@host #money: "), the answer (after "@guest: ").
        Assert.Equal([(3, 8, false), (5, 10, false), (6, 17, false), (12, 1, false), (14, 15, false), (16, 9, false)], warned);
        var strict = SiteBuilder.Build(new BuildOptions { WorkingDirectory = Root, ThemeDirectory = RepoPaths.Theme, Strict = true });
        Assert.False(strict.Succeeded);
        Assert.Equal(6, strict.Diagnostics.Count(d => d.Code == DiagnosticCodes.PlaceholderLeft && d.IsError));
    }

    [Fact]
    public void NewSpeakerTopicAndTermPlaceholders_AreWarnedInTheDataFiles()
    {
        Scaffold.Speaker("new-voice", null);
        Scaffold.Topic("new-topic", "New topic");
        Scaffold.Term("new-term", "new term");
        var warned = Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.PlaceholderLeft).Select(d => d.Location.Path).ToList();
        Assert.Equal(["input/glossary.yml", "input/speakers.yml", "input/speakers.yml", "input/topics.yml"], warned);
    }

    [Fact]
    public void NewSpeakerTopicAndTerm_AreAppendedAndBuildWithoutErrors()
    {
        Scaffold.Speaker("new-voice", "New Voice");
        Scaffold.Topic("new-topic", "New topic");
        Scaffold.Term("new-term", "new term");
        var result = Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.SilentSpeaker && d.Message.Contains("new-voice"));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnusedTopic && d.Message.Contains("new-topic"));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnusedTerm && d.Message.Contains("new-term"));
        Assert.Contains("host:", File.ReadAllText(Path.Combine(Root, "input/speakers.yml")));
    }

    [Fact]
    public void NewFiles_NameTheirSchemaBesideInput()
    {
        File.Delete(Path.Combine(Root, "input/topics.yml"));
        Scaffold.Topic("new-topic", "New topic");
        Scaffold.Topic("other-topic", "Other topic");
        Scaffold.Transcript("second-talk", null);
        Scaffold.Speaker("new-voice", null);
        var topics = File.ReadAllText(Path.Combine(Root, "input/topics.yml"));
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/topics.schema.json\nnew-topic:\n", topics);
        Assert.Single(topics.Split('\n'), l => l.StartsWith("# yaml-language-server", StringComparison.Ordinal));
        Assert.StartsWith("---\n# yaml-language-server: $schema=../../schemas/transcript.schema.json\ntitle: ",
            File.ReadAllText(Path.Combine(Root, "input/transcripts/second-talk.md")));
        // An existing file keeps its first line: the schema line is written only into a new one.
        var speakers = File.ReadAllText(Path.Combine(Root, "input/speakers.yml"));
        Assert.StartsWith("host:", speakers);
        Assert.DoesNotContain("yaml-language-server", speakers);
    }

    [Fact]
    public void ExistingIdsAndFiles_AreNeverOverwritten()
    {
        var before = File.ReadAllText(Path.Combine(Root, "input/transcripts/first-talk.md"));
        Assert.Throws<ScaffoldException>(() => Scaffold.Transcript("first-talk", null));
        Assert.Throws<ScaffoldException>(() => Scaffold.Speaker("guest", null));
        Assert.Throws<ScaffoldException>(() => Scaffold.Topic("money", null));
        Assert.Throws<ScaffoldException>(() => Scaffold.Term("api", null));
        Assert.Equal(before, File.ReadAllText(Path.Combine(Root, "input/transcripts/first-talk.md")));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("Capital")]
    [InlineData("two  spaces")]
    public void InvalidIds_AreRefused(string id)
    {
        var error = Assert.Throws<ScaffoldException>(() => Scaffold.Transcript(id, null));
        Assert.Contains("not a valid id", error.Message);
        Assert.False(File.Exists(Path.Combine(Root, "escape.md")));
    }
}

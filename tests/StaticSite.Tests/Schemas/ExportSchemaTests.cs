using System.Text.Json.Nodes;
using StaticSite.Tests.EndToEnd;
using StaticSite.Tests.Media;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Schemas;

/// <summary>
/// schemas/transcript-export.schema.json describes transcript.json as the build writes it: every export of the real
/// site and of the fixtures (kinds, a moderator, a recording) matches it, and it names a field the export lacks.
/// </summary>
public sealed class ExportSchemaTests(RealSiteFixture realSite) : IClassFixture<RealSiteFixture>
{
    private const string Schema = "transcript-export.schema.json";

    private static Dictionary<string, JsonNode> Exports(string output) =>
        Directory.EnumerateFiles(Path.Combine(output, "transcripts"), "transcript.json", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), f => JsonNode.Parse(File.ReadAllText(f))!, StringComparer.Ordinal);

    private static void AssertValid(Dictionary<string, JsonNode> exports)
    {
        Assert.NotEmpty(exports);
        var errors = exports.OrderBy(e => e.Key, StringComparer.Ordinal).SelectMany(e => SchemaFiles.Errors(Schema, e.Key, e.Value)).ToList();
        Assert.True(errors.Count == 0, "transcript.json does not match schemas/" + Schema + ":\n" + string.Join('\n', errors));
    }

    [Fact]
    public void RealSiteExports_MatchTheSchema_AndNameTheirKind()
    {
        Assert.True(realSite.Result.Succeeded);
        var exports = Exports(realSite.Output);
        AssertValid(exports);
        var podcast = exports["transcripts/value-of-the-moon/transcript.json"];
        Assert.Equal(("podcast", "podcast episode"), ((string?)podcast["kind"], (string?)podcast["kind_label"]));
        Assert.Contains(exports.Values, e => (string?)e["kind"] == "interview" && (string?)e["kind_label"] == "interview");
    }

    [Fact]
    public void FixtureExports_WithKindsModeratorsAndARecording_MatchTheSchema()
    {
        using var press = TestSite.Build(PublicationFixtures.PressConference).AssertSucceeded();
        var exports = Exports(press.Output);
        AssertValid(exports);
        Assert.Equal(("press-conference", "press conference"), ((string?)exports["transcripts/press-conference/transcript.json"]["kind"], (string?)exports["transcripts/press-conference/transcript.json"]["kind_label"]));
        using var timed = TestSite.BuildMinimal(TimedTranscriptTests.Timed).AssertSucceeded();
        var timedExports = Exports(timed.Output);
        Assert.NotNull(timedExports["transcripts/first-talk/transcript.json"]["media"]);
        AssertValid(timedExports);
    }

    [Fact]
    public void RelabelledKind_IsExportedWithItsLabel()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/site.yml --
            title: Test Exchanges
            description: A test publication.
            kinds:
              interview: { singular: entretien, plural: entretiens }
            """).AssertSucceeded();
        var export = Exports(site.Output)["transcripts/first-talk/transcript.json"];
        Assert.Equal(("interview", "entretien"), ((string?)export["kind"], (string?)export["kind_label"]));
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("kind_label")]
    public void ExportWithoutAField_TheSchemaRejects(string field)
    {
        var export = Exports(realSite.Output)["transcripts/value-of-the-moon/transcript.json"].AsObject();
        export.Remove(field);
        Assert.Contains(SchemaFiles.Errors(Schema, "t.json", export), e => e.Contains(field, StringComparison.Ordinal));
    }
}

using System.Text.Json.Nodes;
using StaticSite.Cli;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Schemas;

/// <summary>
/// The JSON Schemas of schemas/ accept the real input, every fixture publication of the tests and
/// what `new` writes; reject what the reader reports; and every real input file names its schema.
/// </summary>
public sealed class SchemaValidationTests
{
    private const string Modeline = "# yaml-language-server: $schema=";

    // Publications kept as folders among the tests (an input/ folder with a site.yml), wherever they are.
    private static IEnumerable<string> FixtureFolders() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "site.yml", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .OfType<string>()
            .Where(d => Path.GetFileName(d) == "input" && !d.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "node_modules"));

    private static Dictionary<string, string> Files(string inputFolder) =>
        Directory.EnumerateFiles(inputFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(inputFolder, f).Replace('\\', '/'))
            .Where(f => SchemaFiles.For(f) is not null)
            .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(inputFolder, f)), StringComparer.Ordinal);

    private static void AssertValid(IReadOnlyDictionary<string, string> files, string where)
    {
        Assert.NotEmpty(files);
        var errors = files.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => SchemaFiles.Errors(f.Key, f.Value)).ToList();
        Assert.True(errors.Count == 0, $"{where} does not match the schemas:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void RealInput_MatchesTheSchemas()
    {
        var files = Files(RepoPaths.Input);
        Assert.Contains("site.yml", files.Keys);
        Assert.Contains(files.Keys, f => f.StartsWith("transcripts/", StringComparison.Ordinal));
        AssertValid(files, "input/");
    }

    [Fact]
    public void FixtureFolders_MatchTheSchemas()
    {
        foreach (var folder in FixtureFolders()) AssertValid(Files(folder), Path.GetRelativePath(RepoPaths.Root, folder));
    }

    [Fact]
    public void MinimalTestSite_MatchesTheSchemas() =>
        AssertValid(FileTree.Parse(TestSite.Minimal).Where(f => f.Key.StartsWith("input/", StringComparison.Ordinal))
            .ToDictionary(f => f.Key["input/".Length..], f => f.Value), "TestSite.Minimal");

    [Fact]
    public void WhatNewWrites_MatchesTheSchemas()
    {
        using var folder = new TempFolder("schemas-new", TestSite.Minimal);
        var input = Path.Combine(folder.Root, "input");
        File.Delete(Path.Combine(input, "glossary.yml"));
        var scaffold = new Scaffold(input);
        scaffold.Transcript("second-talk", "A \"Second\" Talk");
        scaffold.Speaker("new-voice", null);
        scaffold.Topic("new-topic", null);
        scaffold.Term("new-term", null);
        AssertValid(Files(input), "what `new` writes");
    }

    [Theory]
    [InlineData("site.yml", "title: T\ndescription: D\npage_size: 0\n", "/page_size")]
    [InlineData("site.yml", "title: T\ndescription: D\ntitel: T\n", "titel")]
    [InlineData("site.yml", "title: T\n", "description")]
    [InlineData("speakers.yml", "Bad_Id:\n  name: X\n", "Bad_Id")]
    [InlineData("topics.yml", "money:\n  title: Money\n  related: [Not An Id]\n", "/money/related")]
    [InlineData("glossary.yml", "api:\n  term: API\n", "definition")]
    [InlineData("transcripts/t.md", "---\ntitle: T\ndate: 7 November 2024\nspeakers: [host]\n---\n", "/date")]
    [InlineData("transcripts/t.md", "---\ntitle: T\ndate: 2024-11-07\nspeakers:\n  - { id: host, role: interviewr }\n---\n", "/speakers/0")]
    [InlineData("pages/about.md", "---\ndescription: D\n---\n", "title")]
    public void WhatTheReaderReports_TheSchemasReject(string path, string content, string mentioned)
    {
        var errors = SchemaFiles.Errors(path, content);
        Assert.Contains(errors, e => e.Contains(mentioned, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryRealInputFile_NamesItsSchemaByARelativePath()
    {
        foreach (var (file, content) in Files(RepoPaths.Input))
        {
            var lines = content.Replace("\r\n", "\n").Split('\n');
            var line = file.EndsWith(".md", StringComparison.Ordinal) ? lines[1] : lines[0];
            Assert.True(line.StartsWith(Modeline, StringComparison.Ordinal), $"input/{file} does not start with '{Modeline}…'");
            var target = Path.GetFullPath(Path.Combine(RepoPaths.Input, Path.GetDirectoryName(file)!, line[Modeline.Length..]));
            Assert.Equal(Path.Combine(RepoPaths.Root, "schemas", SchemaFiles.For(file)!), target);
            Assert.True(File.Exists(target), target);
        }
    }

    [Fact]
    public void EverySchema_IsUsedAndDescribesEveryField()
    {
        Assert.Equal(["glossary.schema.json", "page.schema.json", "site.schema.json", "speakers.schema.json", "topics.schema.json", "transcript-export.schema.json", "transcript.schema.json"],
            SchemaFiles.Names.Order(StringComparer.Ordinal));
        Assert.Equal(EditorSchemas.Transcript, SchemaFiles.For("transcripts/x.md"));
        var undescribed = new List<string>();
        foreach (var name in SchemaFiles.Names)
        {
            var schema = SchemaFiles.Json(name).AsObject();
            if (string.IsNullOrWhiteSpace((string?)schema["description"])) undescribed.Add(name);
            foreach (var (field, definition) in Properties(schema))
            {
                if (string.IsNullOrWhiteSpace((string?)definition["description"])) undescribed.Add($"{name}: {field}");
            }
        }
        Assert.True(undescribed.Count == 0, "no description for an editor to show on hover:\n" + string.Join('\n', undescribed));
    }

    // Every field any "properties" of the schema declares, at any depth.
    private static IEnumerable<(string Field, JsonObject Definition)> Properties(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "properties" && p.Value is JsonObject fields
            ? fields.Select(f => (f.Key, f.Value!.AsObject())).Concat(fields.SelectMany(f => Properties(f.Value)))
            : Properties(p.Value)),
        JsonArray a => a.SelectMany(Properties),
        _ => [],
    };
}

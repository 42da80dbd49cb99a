using System.Text.Json.Nodes;
using StaticSite.Input;

namespace StaticSite.Tests.Schemas;

/// <summary>
/// The schemas and the readers know the same fields: each list of known fields the readers warn
/// against (the code's one list per mapping) is compared with the schema's properties there, so a
/// field added to a reader and not to its schema (or the other way round) is named here.
/// </summary>
public sealed class SchemaFieldTests
{
    // Where in which schema each of the readers' lists is declared: (schema, path to a "properties" or "enum", the reader's list).
    private static readonly (string Schema, string Path, string Reader, Func<IReadOnlyList<string>> Fields)[] _lists =
    [
        ("site.schema.json", "properties", "SiteSettingsReader.Fields", () => SiteSettingsReader.Fields),
        ("site.schema.json", "properties/kinds/additionalProperties/properties", "SiteSettingsReader.KindFields", () => SiteSettingsReader.KindFields),
        ("speakers.schema.json", "definitions/speaker/properties", "RegistryReader.SpeakerFields", () => RegistryReader.SpeakerFields),
        ("topics.schema.json", "definitions/topic/properties", "RegistryReader.TopicFields", () => RegistryReader.TopicFields),
        ("glossary.schema.json", "definitions/term/properties", "RegistryReader.TermFields", () => RegistryReader.TermFields),
        ("transcript.schema.json", "properties", "TranscriptHeaderReader.Fields", () => TranscriptHeaderReader.Fields),
        ("transcript.schema.json", "definitions/source/properties", "TranscriptHeaderReader.SourceFields", () => TranscriptHeaderReader.SourceFields),
        ("transcript.schema.json", "definitions/speaker/properties", "TranscriptHeaderReader.SpeakerFields", () => TranscriptHeaderReader.SpeakerFields),
        ("transcript.schema.json", "definitions/speaker/properties/role/enum", "TranscriptHeaderReader.Roles", () => TranscriptHeaderReader.Roles),
        ("transcript.schema.json", "properties/media/properties", "MediaReader.Fields", () => MediaReader.Fields),
        ("page.schema.json", "properties", "ParseFreePage.Fields", () => ParseFreePage.Fields),
    ];

    public static TheoryData<string, string, string> Lists
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var list in _lists) data.Add(list.Schema, list.Path, list.Reader);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void SchemaAndReader_KnowTheSameFields(string schema, string path, string reader)
    {
        var node = path.Split('/').Aggregate<string, JsonNode?>(SchemaFiles.Json(schema), (n, key) => n?[key]);
        Assert.True(node is not null, $"schemas/{schema} has nothing at {path}");
        var declared = node is JsonArray values ? values.Select(v => (string)v!).ToList() : [.. node.AsObject().Select(p => p.Key)];
        var read = _lists.Single(l => l.Reader == reader).Fields();
        var missing = read.Except(declared, StringComparer.Ordinal).ToList();
        var extra = declared.Except(read, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{reader} reads {string.Join(", ", missing.Select(f => $"'{f}'"))}, missing from schemas/{schema} at {path}: add it there with a description");
        Assert.True(extra.Count == 0, $"schemas/{schema} declares {string.Join(", ", extra.Select(f => $"'{f}'"))} at {path}, which {reader} does not read");
    }

    [Fact]
    public void EveryKnownFieldList_IsCompared()
    {
        // The readers' lists, found by reflection, so that a new list (a new nested mapping) is not left out of the comparison.
        var lists = new[] { typeof(SiteSettingsReader), typeof(RegistryReader), typeof(TranscriptHeaderReader), typeof(MediaReader), typeof(ParseFreePage) }
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)
                .Where(p => p.PropertyType == typeof(IReadOnlyList<string>))
                .Select(p => t.Name + "." + p.Name))
            .Order(StringComparer.Ordinal);
        Assert.Equal(lists, _lists.Select(l => l.Reader).Order(StringComparer.Ordinal));
    }
}

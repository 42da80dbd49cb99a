using System.Text.Json.Nodes;
using Json.Schema;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Schemas;

/// <summary>The schemas of schemas/, loaded once, and which one checks which input file.</summary>
internal static class SchemaFiles
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> _schemas = new(() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "schemas"), "*.schema.json")
            .ToDictionary(path => Path.GetFileName(path), path => JsonSchema.FromText(File.ReadAllText(path)), StringComparer.Ordinal));

    public static IReadOnlyCollection<string> Names => _schemas.Value.Keys;

    /// <summary>The schema of an input file by its path under input/: data files by name, transcripts and pages by folder.</summary>
    public static string? For(string relativePath) => relativePath.Replace('\\', '/') switch
    {
        "site.yml" or "speakers.yml" or "topics.yml" or "glossary.yml" => Path.GetFileNameWithoutExtension(relativePath) + ".schema.json",
        var p when p.StartsWith("transcripts/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal) => "transcript.schema.json",
        var p when p.StartsWith("pages/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal) => "page.schema.json",
        _ => null,
    };

    public static JsonNode Json(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", name)))!;

    /// <summary>The errors of a file's content against its schema, one line each with where in the file; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string relativePath, string content)
    {
        var name = For(relativePath) ?? throw new ArgumentException("no schema for " + relativePath);
        var instance = relativePath.EndsWith(".md", StringComparison.Ordinal) ? YamlJson.FrontMatter(content) : YamlJson.Parse(content);
        return Errors(name, relativePath, instance);
    }

    /// <summary>The errors of a JSON value against the schema <paramref name="name"/>, one line each, <paramref name="where"/> first; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string name, string where, JsonNode? instance)
    {
        var results = _schemas.Value[name].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return [.. results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{where} {d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}

using System.Text.Json.Serialization;

namespace StaticSite.Cli.Preview;

/// <summary>What /__staticsite/status answers: the build the page shows and what it reported.</summary>
internal sealed record PreviewStatus(int Version, int RebuildMs, IReadOnlyList<PreviewDiagnostic> Diagnostics);

/// <summary>One diagnostic of the last build, as the preview page's overlay shows it.</summary>
internal sealed record PreviewDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message);

/// <summary>
/// The status's JSON, written by code generated at compile time: the published tool is compiled ahead
/// of time and has no reflection-based serializer.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PreviewStatus))]
internal sealed partial class PreviewJson : JsonSerializerContext;

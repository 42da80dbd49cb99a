using System.Reflection;
using System.Text.RegularExpressions;
using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Docs;

/// <summary>docs/diagnostics.md is the editors' list of codes: it names every code the engine can report, and no other.</summary>
public sealed partial class DiagnosticsDocTests
{
    private static IReadOnlyList<string> CodesInEngine() =>
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)];

    private static IReadOnlyList<string> CodesInDocs() =>
        [.. File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"))
            .Select(line => TableRowCode().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)];

    [Fact]
    public void EveryCode_IsDocumentedOnce()
    {
        var documented = CodesInDocs();
        Assert.All(CodesInEngine(), code => Assert.Single(documented, d => d == code));
    }

    [Fact]
    public void EveryDocumentedCode_IsOneTheEngineReports()
    {
        var codes = CodesInEngine();
        Assert.All(CodesInDocs(), code => Assert.Contains(code, codes));
    }

    [Fact]
    public void Codes_AreDistinct()
    {
        var codes = CodesInEngine();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [GeneratedRegex(@"^\|\s*(SSG\d{4})\s*\|")]
    private static partial Regex TableRowCode();
}

namespace StaticSite.Diagnostics;

/// <summary>One problem in the input, printed in the MSBuild form editors' tools and CI annotate.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}

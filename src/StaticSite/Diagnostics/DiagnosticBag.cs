namespace StaticSite.Diagnostics;

/// <summary>
/// Collects every problem of a build so that all are reported at once.
/// Thread-safe: the Process phase reports from several documents in parallel.
/// </summary>
/// <param name="strict">Every warning counts as an error (`--strict`, for CI).</param>
public sealed class DiagnosticBag(bool strict = false)
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Error(SourceLocation at, string code, string message) => Add(new(at, Severity.Error, code, message));

    public void Warning(SourceLocation at, string code, string message) =>
        Add(new(at, strict ? Severity.Error : Severity.Warning, code, strict ? message + " (an error under --strict)" : message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>Every diagnostic in a stable order (file, line, column, code), whatever order threads reported them in.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return [.. _items
                .Distinct()
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}

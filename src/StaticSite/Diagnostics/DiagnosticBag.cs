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

    /// <summary>
    /// What a build reports: errors first, then warnings, each in <see cref="Sorted"/>'s order. When a transcript or page
    /// has an error, the unused-entry diagnostics (SSG0120–0122) are left out: the entries' users may be in that file,
    /// unread, and a cascade of them would bury the error. They come back once the file builds.
    /// </summary>
    public IReadOnlyList<Diagnostic> Reported()
    {
        var sorted = Sorted();
        var documentFailed = sorted.Any(d => d.IsError && !IsUnusedEntry(d) && d.Location.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
        return [.. sorted.Where(d => !(documentFailed && IsUnusedEntry(d))).OrderBy(d => d.IsError ? 0 : 1)];
    }

    private static bool IsUnusedEntry(Diagnostic diagnostic) =>
        diagnostic.Code is DiagnosticCodes.UnusedTerm or DiagnosticCodes.UnusedTopic or DiagnosticCodes.SilentSpeaker;

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

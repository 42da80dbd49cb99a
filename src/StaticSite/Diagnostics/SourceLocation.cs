namespace StaticSite.Diagnostics;

/// <summary>A place in an input file: path relative to the working folder with '/', 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 0, 0);

    public override string ToString() => Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
}

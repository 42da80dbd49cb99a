namespace StaticSite.Pipeline;

/// <summary>What a build reads and writes. Paths may be relative to <see cref="WorkingDirectory"/>.</summary>
public sealed record BuildOptions
{
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    public string InputDirectory { get; init; } = "input";

    public string ThemeDirectory { get; init; } = "theme";

    public string OutputDirectory { get; init; } = "output";

    /// <summary>The kinds of page the site writes; a test may build with one more (<see cref="PageKinds.With"/>).</summary>
    internal PageKinds PageKinds { get; init; } = SitePipelines.Kinds;

    /// <summary>Overrides the path part of site.yml's base_url, e.g. "/repo/".</summary>
    public string? BasePath { get; init; }

    /// <summary>Allows an output folder that would otherwise be refused (outside the working folder).</summary>
    public bool Force { get; init; }

    /// <summary>Warnings count as errors (for CI).</summary>
    public bool Strict { get; init; }

    /// <summary>Parsed transcripts kept from the previous build of a preview session; null for a one-off build.</summary>
    public Input.ParseCache? ParseCache { get; init; }

    /// <summary>
    /// The transcripts' hashes (Input/ParseCache.Key of their bytes) by full path, as the preview found them just
    /// before this build: a transcript the parse cache holds with that hash is not read again. Null reads every file.
    /// </summary>
    public IReadOnlyDictionary<string, ulong>? KnownTranscripts { get; init; }

    /// <summary>What a preview rebuild may reuse from the previous one; null builds everything.</summary>
    public IncrementalBuild? Incremental { get; init; }

    /// <summary>
    /// Keep the site in memory (<see cref="BuildResult.Site"/>) instead of writing it: the preview's builds. Nothing
    /// is written to disk and the output folder is not used.
    /// </summary>
    public bool InMemory { get; init; }

    /// <summary>Run every check but write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Pages rendered by compiled layouts where a layout compiles (see Rendering/Compiled); false leaves every layout to Fluid, for tests to compare.</summary>
    internal bool CompileLayouts { get; init; } = true;

    public string FullPath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    /// <summary>A path as diagnostics show it: relative to the working folder, with '/'.</summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        return relative.Replace('\\', '/');
    }
}

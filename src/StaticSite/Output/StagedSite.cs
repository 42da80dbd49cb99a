using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// The site being written: a staging folder beside output/ (none in check mode), or the site in memory
/// (the preview's), and the link index of the pages written so far. Shared by WriteFiles, ValidateLinks and PublishSite.
/// </summary>
public sealed class StagedSite
{
    private StagedSite(string? folder, MemorySite? memory, string output, LinkIndex links)
    {
        Folder = folder;
        Memory = memory;
        Output = output;
        Links = links;
    }

    /// <summary>The staging folder, or null when nothing is written to disk (check mode, a site in memory).</summary>
    public string? Folder { get; }

    /// <summary>The site kept in memory instead of written (<see cref="Pipeline.BuildOptions.InMemory"/>), else null.</summary>
    public MemorySite? Memory { get; }

    /// <summary>The output folder the staging folder replaces.</summary>
    public string Output { get; }

    public LinkIndex Links { get; }

    public static StagedSite Create(BuildContext context, IReadOnlySet<string> destinations)
    {
        var output = context.Options.FullPath(context.Options.OutputDirectory);
        var links = new LinkIndex(context.Urls().BasePath, destinations, context.Diagnostics, context.Options.FullPath, context.Options.Incremental?.PreviousSite);
        if (context.Options.DryRun) return new StagedSite(null, null, output, links);
        if (context.Options.InMemory) return new StagedSite(null, new MemorySite(destinations.Count), output, links);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return new StagedSite(staging, null, output, links);
    }

    /// <summary>A destination's full path in the staging folder; a destination escaping it is a bug, since destinations come from checked ids.</summary>
    public string PathOf(string destination)
    {
        var target = System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder!, destination));
        if (!target.StartsWith(Folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"destination '{destination}' escapes the output folder");
        return target;
    }

    /// <summary>A new file of the site at <paramref name="destination"/> in the staging folder, unbuffered.</summary>
    internal FileStream StageFile(string destination) => new(OpenNew(PathOf(destination)), FileAccess.Write, bufferSize: 0);

    // A file's folder is made when the file is (the first file written there finds it missing), so both
    // cores make folders among the pages rather than one in a step of its own. Creating a folder that
    // another thread has just made is not an error; a second failure is a real one.
    internal static T InFolder<T>(string path, Func<string, T> create)
    {
        try
        {
            return create(path);
        }
        catch (IOException e) when (e is DirectoryNotFoundException or FileNotFoundException) // which one depends on how much of the path is missing
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return create(path);
        }
    }

    internal static void InFolder(string path, Action<string> create) => InFolder(path, p =>
    {
        create(p);
        return true;
    });

    // CreateNew, since Create also truncates the empty file, and ext4 then writes it back on close as if it had replaced one.
    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenNew(string path) =>
        InFolder(path, p => File.OpenHandle(p, FileMode.CreateNew, FileAccess.Write));
}

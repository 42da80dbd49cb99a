using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// The site being written: a staging folder beside output/ (none in check mode) and the link index
/// of the pages written so far. Shared by WriteFiles, ValidateLinks and PublishSite.
/// </summary>
public sealed class StagedSite
{
    private StagedSite(string? folder, string output, LinkIndex links)
    {
        Folder = folder;
        Output = output;
        Links = links;
    }

    /// <summary>The staging folder, or null when nothing is written (check mode).</summary>
    public string? Folder { get; }

    /// <summary>The output folder the staging folder replaces.</summary>
    public string Output { get; }

    public LinkIndex Links { get; }

    public static StagedSite Create(BuildContext context, IReadOnlySet<string> destinations)
    {
        var output = context.Options.FullPath(context.Options.OutputDirectory);
        var links = new LinkIndex(context.Urls().BasePath, destinations, context.Diagnostics);
        if (context.Options.DryRun) return new StagedSite(null, output, links);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return new StagedSite(staging, output, links);
    }

    /// <summary>A destination's full path in the staging folder; a destination escaping it is a bug, since destinations come from checked ids.</summary>
    public string PathOf(string destination)
    {
        var target = System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder!, destination));
        if (!target.StartsWith(Folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"destination '{destination}' escapes the output folder");
        return target;
    }
}

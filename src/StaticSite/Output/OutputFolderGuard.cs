using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>The output folder is replaced whole, so it must never be a folder that holds anything else of value.</summary>
public static class OutputFolderGuard
{
    /// <summary>Why <paramref name="output"/> may not be written, or null when it may.</summary>
    public static string? Refusal(BuildOptions options, string output)
    {
        var working = Path.GetFullPath(options.WorkingDirectory);
        if (SameOrInside(working, output))
            return $"refusing to write the site to '{Shown(options, output)}': it would replace the working folder; choose a separate folder such as output/";
        foreach (var folder in new[] { options.FullPath(options.InputDirectory), options.FullPath(options.ThemeDirectory) })
        {
            if (SameOrInside(folder, output) || SameOrInside(output, folder))
                return $"refusing to write the site to '{Shown(options, output)}': it would replace '{Shown(options, folder)}'; choose a separate folder such as output/";
        }
        // A file where a folder of the path should be: the editor's typo, said before any work.
        for (var folder = output; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
                return $"cannot write the site to '{Shown(options, output)}': '{Shown(options, folder)}' is a file, not a folder; choose another output folder";
        }
        // The site's own folder (the one that holds input/) is as safe a home as the working folder:
        // `build --input /sites/x/input --output /sites/x/output` must work from anywhere.
        var siteFolder = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(options.FullPath(options.InputDirectory)))!;
        if (!options.Force && !SameOrInside(output, working) && !SameOrInside(output, siteFolder))
            return $"refusing to write outside the working folder and the folder that holds the input ('{Shown(options, output)}'); pass --force if you mean it";
        return null;
    }

    /// <summary>
    /// A folder as a refusal names it: relative to the working folder when inside it, else absolute; never
    /// "../../x", which the editor did not type and cannot check at a glance.
    /// </summary>
    public static string Shown(BuildOptions options, string fullPath) =>
        options.DisplayPath(fullPath) is var relative && (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal))
            ? fullPath.Replace('\\', '/')
            : relative;

    private static bool SameOrInside(string path, string folder)
    {
        var a = Path.TrimEndingDirectorySeparator(path);
        var b = Path.TrimEndingDirectorySeparator(folder);
        return a == b || a.StartsWith(b + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}

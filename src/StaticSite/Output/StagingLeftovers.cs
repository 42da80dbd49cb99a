namespace StaticSite.Output;

/// <summary>
/// What killed builds left beside output/: a staging folder (killed while writing) is deleted; the previous
/// site renamed aside (`.staging-&lt;pid&gt;.old`, killed between the swap's two renames) is put back as output/
/// when there is none. Only folders of processes that no longer run are touched: a live build owns its own.
/// </summary>
public static class StagingLeftovers
{
    /// <summary>The staging folder's name prefix for <paramref name="output"/>; the process id follows it.</summary>
    public static string Prefix(string output) => $".{Path.GetFileName(output)}.staging-";

    public static void Clean(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var prefix = Prefix(output);
        // The previous sites first, so that one is restored before its staging sibling is deleted.
        foreach (var folder in Directory.GetDirectories(parent, prefix + "*").OrderByDescending(f => f.EndsWith(".old", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(folder);
            var previous = name.EndsWith(".old", StringComparison.Ordinal);
            if (OwnerProcess.IdIn(previous ? name[..^4] : name, prefix) is not { } id || !LeftoverFolder.IsLeftBehind(id)) continue;
            if (previous && !Directory.Exists(output)) Directory.Move(folder, output);
            else Directory.Delete(folder, recursive: true);
        }
    }
}

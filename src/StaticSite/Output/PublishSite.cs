using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// Swaps the staging folder in for output/ when the build has no errors, and throws it away when
/// it has: a failed build leaves the last good site untouched. A site in memory has nothing to swap:
/// the build hands it out only when it succeeded (BuildResult.Site).
/// </summary>
public sealed class PublishSite : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var site = context.Service<StagedSite>(_ => throw new InvalidOperationException("PublishSite runs after WriteFiles"));
        if (site.Folder is null) return inputs;
        if (context.Diagnostics.HasErrors)
        {
            Directory.Delete(site.Folder, recursive: true);
            return [];
        }
        Swap(site.Folder, site.Output);
        return inputs;
    }

    // Exchange the two folders in one step, then delete the old site (now in the staging folder's place: a kill
    // before it is deleted leaves a staging folder, which the next build deletes). Where the system cannot exchange:
    // rename the old site aside, the new one in, then delete the old, so the window without a site is two renames;
    // a kill inside it leaves the old site as `<staging>.old`, which the next build puts back (StagingLeftovers).
    private static void Swap(string staging, string output)
    {
        if (Directory.Exists(output) && DirectoryExchange.TryExchange(staging, output))
        {
            Directory.Delete(staging, recursive: true);
            return;
        }
        var old = staging + ".old";
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(output)) Directory.Move(output, old);
        try
        {
            Directory.Move(staging, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(old) && !Directory.Exists(output)) Directory.Move(old, output); // the previous site stays
            throw;
        }
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }
}

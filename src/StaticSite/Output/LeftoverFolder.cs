namespace StaticSite.Output;

/// <summary>
/// Folders a run of StaticSite makes for itself (a build's staging folder, a preview's copy of the site) and
/// names after its process: whether one was left behind by a run that no longer exists, and deleting one
/// without letting a refusal of the disk stop the run (a later run deletes what this one could not).
/// </summary>
public static class LeftoverFolder
{
    /// <summary>
    /// True when the folder's process no longer runs. This process's own id can only be a dead namesake's
    /// (containers reuse small ids): a run asks before it makes its own folder.
    /// </summary>
    public static bool IsLeftBehind(int ownerId) => ownerId == Environment.ProcessId || OwnerProcess.IsGone(ownerId);

    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another user's folder, one still in use, or a disk that refused the run (already reported).
        }
    }
}

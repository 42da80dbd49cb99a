namespace StaticSite.Output;

/// <summary>
/// The site a build replaces. A file the new site would write exactly as the old one holds it is
/// linked to the old file instead of written: no new inode, no bytes written, and the file keeps its
/// modification time, so a deploy that compares times sees only what changed.
/// </summary>
/// <remarks>
/// Why links rather than copies: a new inode is not free. On ext4 without a journal, allocating one
/// scans past every inode deleted in the last seconds to minutes, and a rebuild deletes the whole
/// old site; rebuilding 1,000 transcripts on such a disk took 1.1 to 4.0 s where a first build took
/// 0.8 s. Linked files are not freed when the old site is deleted, so the next build finds fewer
/// such inodes as well as needing fewer.
/// </remarks>
internal sealed class PreviousSite
{
    private readonly string _folder;

    // Cleared by the first refusal other than a missing folder (a file system without hard links, or
    // an output folder on another file system than its parent): the rest of the build writes copies.
    private volatile bool _linking = true;

    private PreviousSite(string folder) => _folder = folder;

    /// <summary>The site in <paramref name="output"/>, or null when there is none or links are not made here.</summary>
    public static PreviousSite? In(string output) =>
        HardLink.IsSupported && Directory.Exists(output) ? new PreviousSite(output) : null;

    /// <summary>The old site's file at <paramref name="destination"/>, open for reading, or null when it has none.</summary>
    public PreviousFile? Open(string destination)
    {
        if (!_linking) return null;
        var path = Path.Combine(_folder, destination);
        try
        {
            // Only the old site's own files: a symbolic link someone put there does not become part of the new site.
            if ((File.GetAttributes(path) & (FileAttributes.ReparsePoint | FileAttributes.Directory)) != 0) return null;
            return new PreviousFile(this, path, File.OpenHandle(path, FileMode.Open, FileAccess.Read));
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null; // a file we may not read: write the page whole
        }
    }

    // Used by PreviousFile, which knows the old file's path.
    public bool TryLink(string existing, string path)
    {
        if (HardLink.TryCreate(existing, path)) return true;
        _linking = false;
        return false;
    }
}

/// <summary>One file of the previous site, open for reading while the new one is compared with it.</summary>
internal sealed class PreviousFile(PreviousSite site, string path, Microsoft.Win32.SafeHandles.SafeFileHandle handle) : IDisposable
{
    public Microsoft.Win32.SafeHandles.SafeFileHandle Handle => handle;

    /// <summary>Links <paramref name="newPath"/> to this file; false (the caller then writes it) when the file system refuses.</summary>
    public bool TryLinkAs(string newPath) => site.TryLink(path, newPath);

    public void Dispose() => handle.Dispose();
}

using System.Runtime.InteropServices;

namespace StaticSite.Output;

/// <summary>
/// Exchanges two folders in one step where the system can (Linux's renameat2 with RENAME_EXCHANGE, on ext4, tmpfs,
/// btrfs, xfs…): a process killed at any moment leaves output/ the previous site or the new one, never no site.
/// </summary>
internal static class DirectoryExchange
{
    private const int AtCurrentFolder = -100; // AT_FDCWD: paths are taken as they are
    private const uint RenameExchange = 2; // RENAME_EXCHANGE

    /// <summary>True when <paramref name="first"/> and <paramref name="second"/> were exchanged; false when the system or the file system cannot, and nothing changed.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (renameat2(AtCurrentFolder, first, AtCurrentFolder, second, RenameExchange) == 0) return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library older than renameat2, or none by that name
        }
        var error = Marshal.GetLastPInvokeError();
        // Not supported here (EINVAL, ENOSYS, EOPNOTSUPP; EXDEV from an overlay's lower folder): the caller swaps with
        // two renames, which say what is wrong if they fail too. Anything else is a real failure.
        if (error is 22 or 38 or 95 or 18) return false;
        throw new IOException($"cannot exchange '{first}' and '{second}': {Marshal.GetPInvokeErrorMessage(error)}", error);
    }

    // Strings go to the C library as UTF-8 on Unix.
    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}

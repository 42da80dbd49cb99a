using System.Runtime.InteropServices;

namespace StaticSite.Output;

/// <summary>
/// POSIX link(2): a second name for an existing file. .NET has no API for it; Windows is left out
/// (the site is then written whole, as before) rather than shipped untested.
/// </summary>
internal static partial class HardLink
{
    private const int NoSuchFileOrFolder = 2; // ENOENT, the same number on Linux and macOS

    public static bool IsSupported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Gives <paramref name="existing"/> the name <paramref name="path"/>, making the folder it needs.</summary>
    /// <returns>True when linked; false when the file system refused (the caller writes a copy instead).</returns>
    public static bool TryCreate(string existing, string path)
    {
        if (link(existing, path) == 0) return true;
        if (Marshal.GetLastPInvokeError() != NoSuchFileOrFolder) return false;
        // The new name's folder is made by the first file written into it, as WriteFiles does.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return link(existing, path) == 0;
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int link(string existing, string path);
}

using System.Diagnostics;

namespace StaticSite.Tests.Processes;

/// <summary>
/// A small tmpfs mounted on a folder for one test (root, with the right to mount, as in CI), unmounted on Dispose:
/// a real disk that fills up or turns read-only. <see cref="TryMount"/> says why when the system does not allow it.
/// </summary>
internal sealed class ScratchDisk : IDisposable
{
    private ScratchDisk(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>A tmpfs of <paramref name="megabytes"/> MiB on <paramref name="folder"/> (made), or null and the system's refusal.</summary>
    public static ScratchDisk? TryMount(string folder, int megabytes, out string refusal)
    {
        Directory.CreateDirectory(folder);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", folder);
        refusal = output.Trim();
        return code == 0 ? new ScratchDisk(folder) : null;
    }

    public void RemountReadOnly()
    {
        var (code, output) = Run("mount", "-o", "remount,ro", Folder);
        Assert.True(code == 0, "could not remount the tmpfs read-only: " + output);
    }

    /// <summary>Fills the disk with one file until the system says it is full; the error it gave.</summary>
    public string Fill()
    {
        using var file = File.OpenHandle(Path.Combine(Folder, "filler"), FileMode.CreateNew, FileAccess.Write);
        var block = new byte[64 * 1024];
        long written = 0;
        try
        {
            while (true)
            {
                RandomAccess.Write(file, block, written);
                written += block.Length;
            }
        }
        catch (IOException full)
        {
            return full.Message;
        }
    }

    public void Dispose()
    {
        // Lazily when busy (a process of the test still in it), so that no mount outlives the test.
        if (Run("umount", Folder).Code != 0) Run("umount", "-l", Folder);
    }

    private static (int Code, string Output) Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}

using StaticSite.Tests.Support;
using Xunit.Abstractions;

namespace StaticSite.Tests.Processes;

/// <summary>
/// A full or read-only output disk: a real one, a small tmpfs mounted for the test. The build says so in one line
/// (SSG0305 with the system's reason), exit 1, no stack trace, and output/ stays the previous site. Where mounting is
/// not allowed, each test says so and the refusal of /sys, which takes no folders even from root, stands in for the disk.
/// </summary>
public sealed class OutputDiskTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempFolder _folder = new("output-disk", TestSite.Minimal);

    private string Root => _folder.Root;

    private string Temp => Path.Combine(Root, "tmp");

    public void Dispose() => _folder.Dispose();

    private ToolProcess Build(string output, params string[] more) =>
        ToolProcess.Run(Root, Temp, ["build", "--theme", RepoPaths.Theme, "--quiet", "--output", output, .. more]);

    // Builds the site onto the disk, breaks the disk, changes the input, builds again: the second build must fail cleanly.
    private void AssertSecondBuildFailsCleanly(Func<ScratchDisk, string> breakDisk, string reason)
    {
        using var disk = ScratchDisk.TryMount(Path.Combine(Root, "disk"), megabytes: 4, out var refusal);
        if (disk is null)
        {
            log.WriteLine($"mount refused ({refusal}): simulated by an output folder under /sys, which refuses it as a read-only disk does");
            using var refused = Build("/sys/staticsite-" + Guid.NewGuid().ToString("N"), "--force");
            AssertOneLine(refused, "is denied");
            return;
        }
        using (var first = Build("disk/site")) Assert.True(first.ExitCode == 0, first.Error);
        var site = Path.Combine(disk.Folder, "site");
        var previous = Sites.OutputTests.Snapshot(site);
        log.WriteLine("exercised on a tmpfs: " + breakDisk(disk));
        File.AppendAllText(Path.Combine(Root, "input", "pages", "about.md"), "\nA change the failed build never publishes.\n");
        using var second = Build("disk/site");
        AssertOneLine(second, reason);
        Assert.Equal(previous, Sites.OutputTests.Snapshot(site));
        Assert.Empty(Directory.GetFileSystemEntries(disk.Folder, ".site*")); // no staging folder left on the disk
    }

    private static void AssertOneLine(ToolProcess build, string reason)
    {
        Assert.Equal(1, build.ExitCode);
        var lines = build.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^\S*site\S*: error SSG0305: cannot write the site to '\S+': .*" + reason + ".*; check the path, its permissions and the free space$", lines[0]);
        Assert.StartsWith("Build failed: 1 error(s)", lines[1]);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain("   at ", build.Error + build.Output);
    }

    [Fact]
    public void FullOutputDisk_IsOneLineWithTheSystemsReason_AndThePreviousSiteStays() =>
        AssertSecondBuildFailsCleanly(disk => "filled until '" + disk.Fill() + "'", "No space left on device");

    [Fact]
    public void ReadOnlyOutputDisk_IsOneLineWithTheSystemsReason_AndThePreviousSiteStays() =>
        AssertSecondBuildFailsCleanly(disk =>
        {
            disk.RemountReadOnly();
            return "remounted read-only";
        }, "Read-only file system");
}

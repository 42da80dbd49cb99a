using System.Globalization;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Processes;

/// <summary>What a killed build leaves beside output/, as the next build finds it (the folders are made here as a kill leaves them).</summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private readonly TempFolder _folder = new("interrupted", TestSite.Minimal);

    private string Root => _folder.Root;

    private string Output => Path.Combine(Root, "output");

    public void Dispose() => _folder.Dispose();

    private BuildResult Build(bool dryRun = false) =>
        SiteBuilder.Build(new BuildOptions { WorkingDirectory = Root, ThemeDirectory = RepoPaths.Theme, DryRun = dryRun });

    private static string Staging(int process) => ".output.staging-" + process.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void KillBetweenTheSwapsRenames_TheNextBuildRestoresThePreviousSite_EvenWhenItFails()
    {
        Assert.True(Build().Succeeded);
        var site = Sites.OutputTests.Snapshot(Output);
        // Killed after renaming output/ aside, before renaming its staging folder in.
        var dead = ToolProcess.DeadProcessId();
        Directory.Move(Output, Path.Combine(Root, Staging(dead) + ".old"));
        Directory.CreateDirectory(Path.Combine(Root, Staging(dead), "transcripts"));
        File.WriteAllText(Path.Combine(Root, "input", "topics.yml"), "money: [\n"); // the next build fails: output/ must still be the last good site
        Assert.False(Build().Succeeded);
        Assert.Equal(site, Sites.OutputTests.Snapshot(Output));
        Assert.Empty(Directory.GetFileSystemEntries(Root, ".output*"));
    }

    [Fact]
    public void StagingFoldersOfLiveProcesses_AreLeftAlone()
    {
        // Another build, still running, writes beside the same output/ (a sleeping process stands for it).
        using var other = System.Diagnostics.Process.Start("sleep", "60")!;
        try
        {
            var live = Path.Combine(Root, Staging(other.Id));
            Directory.CreateDirectory(live);
            Assert.True(Build().Succeeded);
            Assert.True(Directory.Exists(live));
        }
        finally
        {
            other.Kill();
            other.WaitForExit();
        }
    }
}

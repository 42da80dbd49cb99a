using System.Globalization;
using System.Text;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Processes;

/// <summary>`build` as the real process: a kill leaves nothing the next build keeps, the editor's folder mistakes are one line, Ctrl+C stops it.</summary>
public sealed class BuildProcessTests : IDisposable
{
    private readonly TempFolder _folder = new("build-process", TestSite.Minimal);

    private string Root => _folder.Root;

    private string Temp => Path.Combine(Root, "tmp");

    private string Output => Path.Combine(Root, "output");

    public void Dispose() => _folder.Dispose();

    private ToolProcess Run(params string[] arguments) => ToolProcess.Run(Root, Temp, ["build", "--theme", RepoPaths.Theme, .. arguments]);

    // Enough transcripts that writing the site takes a while: long enough to be interrupted while it writes.
    private void AddTranscripts(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder($"---\ntitle: Talk {i}\ndate: 2024-11-07\nspeakers:\n  - {{ id: host, role: interviewer }}\n  - {{ id: guest }}\n---\n\n");
            for (var turn = 0; turn < 20; turn++) text.Append(CultureInfo.InvariantCulture, $"@host #money: Question {turn} about the API?\n\n@guest: Answer {turn}, about open source.\n\n");
            File.WriteAllText(Path.Combine(Root, "input", "transcripts", $"talk-{i}.md"), text.ToString());
        }
    }

    // Everything beside output/ that a build may have made: staging folders and renamed previous sites.
    private string[] Leftovers() => [.. Directory.GetFileSystemEntries(Root, ".output*")];

    private bool Staging() => Leftovers().Length > 0;

    [Fact]
    public void OutputUnderAFile_IsTheEditorsMistake_OneLineAndExitOne()
    {
        File.WriteAllText(Path.Combine(Root, "notes.txt"), "a file, not a folder");
        using var build = Run("--output", "notes.txt/site");
        Assert.Equal(1, build.ExitCode);
        var lines = build.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("notes.txt/site: error SSG0303: cannot write the site to 'notes.txt/site': 'notes.txt' is a file, not a folder", lines[0]);
        Assert.StartsWith("Build failed: 1 error(s)", lines[1]);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain("internal error", build.Error);
    }

    [Fact]
    public void OutputTheSystemRefuses_IsTheDisksProblem_OneLineWithTheReasonAndExitOne()
    {
        // sysfs takes no folders from anyone, root included: the same refusal as a read-only disk's.
        Assert.True(Directory.Exists("/sys/kernel"), "this test needs Linux's /sys");
        var output = "/sys/staticsite-" + Guid.NewGuid().ToString("N");
        using var build = Run("--output", output, "--force");
        Assert.Equal(1, build.ExitCode);
        var lines = build.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^\S*/sys/staticsite-\w+: error SSG0305: cannot write the site to '\S+': Access to the path '/sys/\S+' is denied; ", lines[0]);
        Assert.StartsWith("Build failed: 1 error(s)", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void BuildKilledWhileWriting_ThenAnotherBuild_LeavesNothingBesideOutput()
    {
        AddTranscripts(200);
        using (var killed = ToolProcess.Start(Root, Temp, terminal: false, environment: null, "build", "--theme", RepoPaths.Theme, "--quiet"))
        {
            Assert.True(killed.WaitWhileRunning(Staging), "the build ended before it was seen writing:\n" + killed.Error);
            killed.Kill(); // SIGKILL, as an out-of-memory killer or a cancelled CI job does
        }
        Assert.NotEmpty(Leftovers()); // what the killed build left
        using var next = Run("--quiet");
        Assert.Equal(0, next.ExitCode);
        Assert.Empty(Leftovers());
        Assert.True(File.Exists(Path.Combine(Output, "transcripts", "talk-199", "index.html")));
    }

    [Fact]
    public void CtrlCDuringALongBuild_StopsIt_AndOutputIsAWholeSite()
    {
        AddTranscripts(200);
        using (var first = Run("--quiet")) Assert.Equal(0, first.ExitCode);
        var before = Sites.OutputTests.Snapshot(Output);
        File.AppendAllText(Path.Combine(Root, "input", "pages", "about.md"), "\nA change the stopped build never publishes.\n");
        using var build = ToolProcess.Start(Root, Temp, terminal: true, environment: null, "build", "--theme", RepoPaths.Theme, "--quiet");
        Assert.True(build.WaitWhileRunning(Staging), "the build ended before it was seen writing:\n" + build.Output);
        build.TypeCtrlC();
        Assert.True(build.WaitForExit(ToolProcess.Patience), "Ctrl+C did not stop the build:\n" + build.Output);
        Assert.DoesNotContain("   at ", build.Output);
        var after = Sites.OutputTests.Snapshot(Output);
        var reference = Path.Combine(Root, "reference");
        Assert.True(Pipeline.SiteBuilder.Build(new Pipeline.BuildOptions { WorkingDirectory = Root, ThemeDirectory = RepoPaths.Theme, OutputDirectory = reference }).Succeeded);
        // Stopped (130, 128 + SIGINT): the previous site, or the new one when the signal came after the swap; a signal
        // that comes as the build ends can find it done (0). Whole either way: never a mix, never a stack trace.
        Assert.Contains(build.ExitCode, new[] { 0, 130 });
        Assert.True(after.SequenceEqual(before) || after.SequenceEqual(Sites.OutputTests.Snapshot(reference)), $"output/ is neither site:\n{build.Output}");
    }
}

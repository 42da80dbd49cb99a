using System.Diagnostics;
using System.Globalization;
using System.Text;
using StaticSite.Tests.Support;
using Xunit.Abstractions;

namespace StaticSite.Tests.Processes;

/// <summary>
/// A build killed (SIGKILL) at a random moment while it writes leaves output/ the previous site or the new one, whole,
/// never a mix: every file of output/ hashed against both known sites. CI kills <see cref="DefaultRuns"/> builds;
/// STATICSITE_FAULT_RUNS=N kills N, STATICSITE_FAULT_SEED=S repeats a run's delays (the seed is printed).
/// </summary>
public sealed class KilledBuildTests(ITestOutputHelper log) : IDisposable
{
    public const int DefaultRuns = 10;

    private readonly TempFolder _folder = new("killed-build", TestSite.Minimal);

    private string Root => _folder.Root;

    private string Temp => Path.Combine(Root, "tmp");

    private string Output => Path.Combine(Root, "output");

    public void Dispose() => _folder.Dispose();

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    // Enough transcripts that writing takes a good part of the build: a window wide enough to land kills in.
    private void WriteTranscripts(int count, string word)
    {
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder($"---\ntitle: Talk {i}\ndate: 2024-11-07\nspeakers:\n  - {{ id: host, role: interviewer }}\n  - {{ id: guest }}\n---\n\n");
            for (var turn = 0; turn < 20; turn++) text.Append(CultureInfo.InvariantCulture, $"@host #money: Question {turn} about the API, {word}?\n\n@guest: Answer {turn}, about open source.\n\n");
            File.WriteAllText(Path.Combine(Root, "input", "transcripts", $"talk-{i}.md"), text.ToString());
        }
    }

    private ToolProcess StartBuild(string output) =>
        ToolProcess.Start(Root, Temp, terminal: false, environment: null, "build", "--theme", RepoPaths.Theme, "--quiet", "--output", output);

    private void BuildTo(string output)
    {
        using var build = StartBuild(output);
        Assert.True(build.WaitForExit(ToolProcess.Patience), "the build did not end");
        Assert.True(build.ExitCode == 0, build.Error);
    }

    private bool Staging() => Directory.GetFileSystemEntries(Root, ".output.staging-*").Length > 0;

    private static void CopyTree(string from, string to)
    {
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    // output/ back to the previous site, nothing beside it: each kill starts where a published site is rebuilt.
    private void RestorePrevious(string previous)
    {
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
        foreach (var leftover in Directory.GetDirectories(Root, ".output*")) Directory.Delete(leftover, recursive: true);
        CopyTree(previous, Output);
    }

    [Fact]
    public void BuildKilledAtRandomMomentsWhileWriting_LeavesThePreviousSiteOrTheNewOne_NeverAMix()
    {
        var runs = FromEnvironment("STATICSITE_FAULT_RUNS", DefaultRuns);
        var seed = FromEnvironment("STATICSITE_FAULT_SEED", Environment.TickCount & int.MaxValue);
        log.WriteLine($"{runs} kills, seed {seed} (STATICSITE_FAULT_SEED={seed} repeats the delays)");
        WriteTranscripts(100, "before");
        var previous = Path.Combine(Root, "previous");
        BuildTo("previous");
        var before = Sites.OutputTests.Snapshot(previous);
        // The new site changes every page (the title is on each), so a mix of the two shows in any folder.
        File.WriteAllText(Path.Combine(Root, "input", "site.yml"), File.ReadAllText(Path.Combine(Root, "input", "site.yml")).Replace("Test Exchanges", "Changed Exchanges", StringComparison.Ordinal));
        WriteTranscripts(100, "after");
        BuildTo("expected-new");
        var after = Sites.OutputTests.Snapshot(Path.Combine(Root, "expected-new"));
        Assert.All(after.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)), page => Assert.NotEqual(before.GetValueOrDefault(page.Key), page.Value));

        // The write window, from one build watched: from its start to its staging folder, then to its end.
        RestorePrevious(previous);
        var clock = Stopwatch.StartNew();
        TimeSpan writing, ended;
        using (var watched = StartBuild("output"))
        {
            Assert.True(watched.WaitWhileRunning(Staging), "the build ended before it was seen writing:\n" + watched.Error);
            writing = clock.Elapsed;
            Assert.True(watched.WaitForExit(ToolProcess.Patience));
            ended = clock.Elapsed;
        }
        Assert.Equal(after, Sites.OutputTests.Snapshot(Output));
        log.WriteLine($"write window: {writing.TotalMilliseconds:F0}–{ended.TotalMilliseconds:F0} ms after the start");

        var random = new Random(seed);
        var outcomes = new List<string>();
        for (var run = 1; run <= runs; run++)
        {
            RestorePrevious(previous);
            // Across the window, from a little before its start to well past its end: a build runs slower or faster
            // than the one watched, and the swap is at its very end, so some kills must land after it.
            var delay = writing * 0.9 + (ended * 1.3 - writing * 0.9) * random.NextDouble();
            var ran = false;
            using (var build = StartBuild("output"))
            {
                Thread.Sleep(delay);
                ran = !build.WaitForExit(TimeSpan.Zero);
                if (ran) build.Kill(); // SIGKILL: no handler runs
            }
            Assert.True(Directory.Exists(Output), $"run {run} (seed {seed}, killed after {delay.TotalMilliseconds:F0} ms): output/ is missing");
            var left = Sites.OutputTests.Snapshot(Output);
            var outcome = left.SequenceEqual(before) ? "previous" : left.SequenceEqual(after) ? "new" : null;
            Assert.True(outcome is not null, $"run {run} (seed {seed}, killed after {delay.TotalMilliseconds:F0} ms): output/ is a mix, "
                + $"{left.Count(f => before.GetValueOrDefault(f.Key) == f.Value)} files of the previous site, {left.Count(f => after.GetValueOrDefault(f.Key) == f.Value)} of the new, of {left.Count}");
            outcomes.Add(ran ? outcome! : "ended");
            log.WriteLine($"run {run}: {(ran ? "killed" : "ended before the kill")} after {delay.TotalMilliseconds:F0} ms, output/ is the {outcome} site");
        }
        log.WriteLine($"killed: {outcomes.Count(o => o == "previous")} left the previous site, {outcomes.Count(o => o == "new")} the new one, 0 a mix; {outcomes.Count(o => o == "ended")} ended before the kill");
    }
}

using System.Threading.Channels;
using StaticSite.Cli.Preview;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

/// <summary>
/// What a save costs the preview before it renders: the watcher names the files a save touched, so the next snapshot
/// reads those alone, and a data file that did not change is not parsed again.
/// </summary>
public sealed class PreviewWatchTests : IDisposable
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(15);
    private readonly TempFolder _folder = new("preview-watch", TestSite.Minimal);

    public void Dispose() => _folder.Dispose();

    private string Transcripts => Path.Combine(_folder.Root, "input", "transcripts");

    private BuildOptions Options => new() { WorkingDirectory = _folder.Root, ThemeDirectory = RepoPaths.Theme };

    [Fact]
    public async Task TheWatcher_NamesTheFilesASaveTouched_AfterAFirstRebuildThatLooksAtEveryFile()
    {
        var asked = Channel.CreateUnbounded<IReadOnlySet<string>?>();
        using var watch = new FolderWatch([Path.Combine(_folder.Root, "input")], touched =>
        {
            asked.Writer.TryWrite(touched);
            return Task.CompletedTask;
        });
        var first = Path.Combine(Transcripts, "first-talk.md");
        await File.AppendAllTextAsync(first, "\nMore words.\n");
        // A save may have come between the first build and the watcher: the first rebuild it asks for looks at everything.
        Assert.Null(await asked.Reader.ReadAsync().AsTask().WaitAsync(_patience));

        var second = Path.Combine(Transcripts, "second-talk.md");
        File.Copy(first, second);
        var touched = await asked.Reader.ReadAsync().AsTask().WaitAsync(_patience);
        Assert.NotNull(touched);
        Assert.Contains(second, touched);
        Assert.DoesNotContain(first, touched);
    }

    [Fact]
    public void ASnapshotAfterSavedTranscripts_IsTheSnapshotOfEveryFile()
    {
        var before = InputSnapshot.Take(Options);
        var first = Path.Combine(Transcripts, "first-talk.md");
        var second = Path.Combine(Transcripts, "second-talk.md");
        File.Copy(first, second);
        File.AppendAllText(first, "\nMore words.\n");

        var after = InputSnapshot.After(before, Options, new HashSet<string> { first, second });

        var whole = InputSnapshot.Take(Options);
        Assert.NotNull(after);
        Assert.Equal(whole.Transcripts.OrderBy(p => p.Key, StringComparer.Ordinal), after.Transcripts.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(whole.TranscriptFiles.OrderBy(p => p.Key, StringComparer.Ordinal), after.TranscriptFiles.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(whole.Everything, after.Everything);
        Assert.Equal(["input/transcripts/first-talk.md", "input/transcripts/second-talk.md"], after.ChangedSince(before).Order(StringComparer.Ordinal));

        File.Delete(second);
        var removed = InputSnapshot.After(after, Options, new HashSet<string> { second });
        Assert.NotNull(removed);
        Assert.Equal(["input/transcripts/second-talk.md"], removed.ChangedSince(after));
    }

    [Fact]
    public void ATemporaryFileRenamedOverATranscript_IsNotWeighed()
    {
        var before = InputSnapshot.Take(Options);
        var first = Path.Combine(Transcripts, "first-talk.md");
        // As sed -i and some editors save: a new file beside the transcript, renamed over it.
        var temporary = Path.Combine(Transcripts, "sedX1b2c3");
        File.WriteAllText(temporary, File.ReadAllText(first) + "\nMore words.\n");
        File.Move(temporary, first, overwrite: true);

        var after = InputSnapshot.After(before, Options, new HashSet<string> { temporary, first });

        Assert.NotNull(after);
        Assert.Equal(["input/transcripts/first-talk.md"], after.ChangedSince(before));
        Assert.Equal(InputSnapshot.Take(Options).Transcripts[("input/transcripts/first-talk.md")], after.Transcripts["input/transcripts/first-talk.md"]);
    }

    [Fact]
    public void AFolderMovedAway_IsWeighedByTheWholeSnapshot()
    {
        var pages = Path.Combine(_folder.Root, "input", "pages");
        Assert.True(Directory.Exists(pages));
        var before = InputSnapshot.Take(Options);
        Directory.Move(pages, Path.Combine(_folder.Root, "pages-aside"));
        // A folder renamed is one event for the folder, none for its files: gone now, but its files were read.
        Assert.Null(InputSnapshot.After(before, Options, new HashSet<string> { pages }));
    }

    [Theory]
    [InlineData("input/speakers.yml")]
    [InlineData("input/transcripts/drafts/next-talk.md")]
    [InlineData("input/transcripts/notes.txt")]
    [InlineData("input/transcripts/LOUD.MD")] // not "*.md" to a listing on Linux
    [InlineData("input/transcripts")]
    public void ASnapshotAfterAnyOtherFile_IsLeftToTheWholeSnapshot(string path)
    {
        var before = InputSnapshot.Take(Options);
        var full = Path.Combine(_folder.Root, path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, "new since the snapshot");
        }
        Assert.Null(InputSnapshot.After(before, Options, new HashSet<string> { full }));
    }

    [Fact]
    public async Task ADataFileNotParsedAgain_StillReportsItsWarnings_AndAnEditOfItIsParsed()
    {
        var speakers = Path.Combine(_folder.Root, "input", "speakers.yml");
        File.WriteAllText(speakers, File.ReadAllText(speakers).Replace("  name: The Host", "  name: The Host\n  nickname: Hosty"));
        using var session = new PreviewSession(Options with { Force = true });
        await session.RebuildAsync();
        Assert.Contains(session.Diagnostics, d => d.Code == "SSG0004" && d.Location.Path == "input/speakers.yml");

        // A save of a transcript: speakers.yml comes from the session's cache, and its warning with it.
        File.AppendAllText(Path.Combine(Transcripts, "first-talk.md"), "\nMore words.\n");
        await session.RebuildAsync();
        Assert.Contains(session.Diagnostics, d => d.Code == "SSG0004" && d.Location.Path == "input/speakers.yml");

        // Its edit is parsed: the warning goes, the new name shows.
        File.WriteAllText(speakers, File.ReadAllText(speakers).Replace("\n  nickname: Hosty", "").Replace("name: The Host", "name: The New Host"));
        await session.RebuildAsync();
        Assert.DoesNotContain(session.Diagnostics, d => d.Location.Path == "input/speakers.yml");
        Assert.Contains("The New Host", System.Text.Encoding.UTF8.GetString(session.Site!.Find("transcripts/first-talk/index.html")!));
    }
}

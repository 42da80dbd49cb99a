namespace StaticSite.Cli.Preview;

/// <summary>
/// Watches the input and theme folders and asks for a rebuild once a burst of saves has settled
/// (editors' tools write a file in several steps: temp file, rename, attributes), naming the files
/// the burst touched, or none when the watcher may have missed some (then the rebuild looks at every file).
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    // Long enough for an editor's few writes of one save (one write, or a temporary file and a rename, within a millisecond
    // or two), short beside a rebuild. A rebuild that still caught a save half-written is followed by another, since the
    // rest of the save is an event too.
    private static readonly TimeSpan _quiet = TimeSpan.FromMilliseconds(10);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    // Not known at first: a save may have come between the first build and the watchers.
    private readonly TouchedFiles _touched = new(known: false);

    /// <param name="rebuild">Asks for a rebuild, with the full paths the saves touched (null: any file may have changed).</param>
    public FolderWatch(IEnumerable<string> folders, Func<IReadOnlySet<string>?, Task> rebuild)
    {
        _timer = new Timer(_ => _ = rebuild(_touched.Take()), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Touched(e.FullPath);
            watcher.Created += (_, e) => Touched(e.FullPath);
            watcher.Deleted += (_, e) => Touched(e.FullPath);
            watcher.Renamed += (_, e) => Touched(e.OldFullPath, e.FullPath);
            watcher.Error += (_, _) => LostTrack();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Touched(params string[] paths)
    {
        _touched.Add(paths);
        Settle();
    }

    // The watcher's buffer overflowed: which files changed is no longer known.
    private void LostTrack()
    {
        _touched.Add(null);
        Settle();
    }

    // Every event pushes the rebuild back: it runs once the folder has been quiet for a moment.
    private void Settle() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}

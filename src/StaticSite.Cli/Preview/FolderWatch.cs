namespace StaticSite.Cli.Preview;

/// <summary>
/// Watches the input and theme folders and asks for a rebuild once a burst of saves has settled
/// (editors' tools write a file in several steps: temp file, rename, attributes).
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    // Long enough for an editor's few writes of one save (they come within a few milliseconds), short beside a rebuild.
    private static readonly TimeSpan _quiet = TimeSpan.FromMilliseconds(20);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public FolderWatch(IEnumerable<string> folders, Func<Task> rebuild)
    {
        _timer = new Timer(_ => _ = rebuild(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Settle();
            watcher.Created += (_, _) => Settle();
            watcher.Deleted += (_, _) => Settle();
            watcher.Renamed += (_, _) => Settle();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    // Every event pushes the rebuild back: it runs once the folder has been quiet for a moment.
    private void Settle() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}

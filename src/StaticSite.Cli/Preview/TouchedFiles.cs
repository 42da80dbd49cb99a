namespace StaticSite.Cli.Preview;

/// <summary>
/// The files changed since they were last taken, by full path, or unknown (null) once a change may have gone unnamed:
/// the folder watcher's before it began and after it lost events, a rebuild asked for without names. Threads add while
/// another takes.
/// </summary>
/// <param name="known">Whether no change is pending at the start; false until someone has looked at every file.</param>
internal sealed class TouchedFiles(bool known)
{
    private readonly Lock _lock = new();
    private HashSet<string>? _paths = known ? [] : null;

    /// <summary>Adds these paths; null: which files changed is not known until the next <see cref="Take"/>.</summary>
    public void Add(IEnumerable<string>? paths)
    {
        lock (_lock)
        {
            if (paths is null) _paths = null;
            else _paths?.UnionWith(paths);
        }
    }

    /// <summary>The files changed since the last take (null: not known), and from now on none.</summary>
    public HashSet<string>? Take()
    {
        lock (_lock)
        {
            var paths = _paths;
            _paths = [];
            return paths;
        }
    }
}

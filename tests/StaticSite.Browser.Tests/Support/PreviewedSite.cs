using StaticSite.Cli.Preview;
using StaticSite.Pipeline;

namespace StaticSite.Browser.Tests.Support;

/// <summary>A copy of the real publication in a temp folder, served by `preview` on a free loopback port.</summary>
internal sealed class PreviewedSite : IAsyncDisposable
{
    private readonly PreviewSession _session;
    private readonly PreviewServer _server;
    private readonly FolderWatch _watch;

    private PreviewedSite(string root, PreviewSession session, PreviewServer server, FolderWatch watch)
    {
        Root = root;
        _session = session;
        _server = server;
        _watch = watch;
    }

    public string Root { get; }

    public string Address => _server.Address;

    public static async Task<PreviewedSite> StartAsync()
    {
        var repo = RepoRoot();
        var root = Path.Combine(Path.GetTempPath(), "staticsite-browser", Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(repo, "input"), Path.Combine(root, "input"));
        var options = new BuildOptions
        {
            WorkingDirectory = root,
            ThemeDirectory = Path.Combine(repo, "theme"),
            OutputDirectory = Path.Combine(root, "site"),
            Force = true,
        };
        var session = new PreviewSession(options);
        await session.RebuildAsync();
        var server = new PreviewServer(session);
        await server.StartAsync(0);
        var watch = new FolderWatch([Path.Combine(root, "input")], session.RebuildAsync);
        return new PreviewedSite(root, session, server, watch);
    }

    public async ValueTask DisposeAsync()
    {
        _watch.Dispose();
        await _server.DisposeAsync();
        _session.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("StaticSite.sln not found above " + AppContext.BaseDirectory);
    }

    internal static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

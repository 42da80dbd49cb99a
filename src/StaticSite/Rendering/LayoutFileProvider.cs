using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace StaticSite.Rendering;

/// <summary>
/// Serves the layouts already read (theme with input/ overrides) to Fluid's include and render
/// tags, from memory: partials resolve exactly as top-level layouts do, and nothing is read twice.
/// </summary>
internal sealed class LayoutFileProvider(IReadOnlyDictionary<string, string> layouts) : IFileProvider
{
    // Fluid asks for a partial's file on every include (to see whether it changed): answer from
    // objects made once instead of encoding the layout again each time.
    private readonly Dictionary<string, LayoutFile> _files = layouts.ToDictionary(p => p.Key, p => new LayoutFile(p.Key, p.Value), StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.TrimStart('/');
        if (_files.TryGetValue(name, out var file) || _files.TryGetValue(name + ".liquid", out file)) return file;
        return new NotFoundFileInfo(name);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class LayoutFile(string name, string text) : IFileInfo
    {
        private readonly byte[] _bytes = System.Text.Encoding.UTF8.GetBytes(text);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}

using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace StaticSite.Rendering;

/// <summary>
/// Serves the layouts already read (theme with input/ overrides) to Fluid's include and render
/// tags, from memory: partials resolve exactly as top-level layouts do, and nothing is read twice.
/// </summary>
internal sealed class LayoutFileProvider(IReadOnlyDictionary<string, string> layouts) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.TrimStart('/');
        if (layouts.TryGetValue(name, out var text) || layouts.TryGetValue(name + ".liquid", out text))
            return new LayoutFile(name, text);
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

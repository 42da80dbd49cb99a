using System.Globalization;
using StaticSite.Output;

namespace StaticSite.Cli.Preview;

/// <summary>
/// The preview's copy of the site: `staticsite-preview/&lt;pid&gt;` in the temporary folder (TMPDIR), deleted when the
/// preview stops. Creating one deletes the folders of earlier previews whose process no longer runs (killed ones).
/// </summary>
internal sealed class PreviewFolder : IDisposable
{
    private PreviewFolder(string path) => Path = path;

    /// <summary>The folder every preview's own folder is in.</summary>
    public static string Root => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "staticsite-preview");

    public string Path { get; }

    public static PreviewFolder Create()
    {
        RemoveLeftovers();
        return new PreviewFolder(System.IO.Path.Combine(Root, Environment.ProcessId.ToString(CultureInfo.InvariantCulture)));
    }

    private static void RemoveLeftovers()
    {
        if (!Directory.Exists(Root)) return;
        foreach (var folder in Directory.GetDirectories(Root))
        {
            if (OwnerProcess.IdIn(System.IO.Path.GetFileName(folder), "") is { } id && LeftoverFolder.IsLeftBehind(id)) LeftoverFolder.TryDelete(folder);
        }
    }

    public void Dispose() => LeftoverFolder.TryDelete(Path);
}

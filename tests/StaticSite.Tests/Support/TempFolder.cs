namespace StaticSite.Tests.Support;

/// <summary>A folder of its own under the temp folder for one test, deleted afterwards (a leftover is harmless, never a failure).</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix, string? tree = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "staticsite-tests", prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (tree is not null) FileTree.Write(Root, FileTree.Parse(tree));
    }

    public string Root { get; }

    public void Dispose() => Delete(Root);

    /// <summary>Deletes a test's folder; a leftover is harmless, so cleanup never fails a test.</summary>
    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

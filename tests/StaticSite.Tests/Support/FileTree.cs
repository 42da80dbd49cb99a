using System.Text;

namespace StaticSite.Tests.Support;

/// <summary>
/// A whole tiny site written inline, Hugo-style: "-- path --" header lines, each followed by that
/// file's content. Later files with the same path replace earlier ones, so a test can start from
/// <see cref="TestSite.Minimal"/> and change one file.
/// </summary>
internal static class FileTree
{
    public static Dictionary<string, string> Parse(string tree)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? path = null;
        var content = new StringBuilder();
        foreach (var line in tree.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal) && trimmed.Length > 6)
            {
                if (path is not null) files[path] = content.ToString();
                path = trimmed[3..^3].Trim();
                content.Clear();
                continue;
            }
            if (path is not null) content.Append(line).Append('\n');
        }
        if (path is not null) files[path] = content.ToString();
        return files;
    }

    public static void Write(string root, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
    }
}

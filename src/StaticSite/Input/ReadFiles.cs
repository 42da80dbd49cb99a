using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>Reads text files matching a pattern from a folder of input/ into documents (Content = the text).</summary>
public sealed class ReadFiles(string folder, string pattern, bool recursive = false) : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var root = Path.Combine(context.Options.FullPath(context.Options.InputDirectory), folder);
        if (!Directory.Exists(root)) yield break;
        var files = Directory.EnumerateFiles(root, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var display = context.Options.DisplayPath(file);
            var text = TextFile.Read(file, display, context.Diagnostics);
            if (text is not null) yield return Document.Create(display, "", text).With(MetadataKeys.FullPath, file);
        }
    }
}

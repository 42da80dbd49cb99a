using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>
/// Lists a theme folder (layouts or assets) with input/ overrides: a file at the same relative
/// path under input/ replaces the theme's. Documents carry the full path; the destination is
/// the relative path under <paramref name="destinationPrefix"/>; with <paramref name="copyToOutput"/> the file is copied there as is.
/// </summary>
public sealed class ReadThemeFiles(string folder, string destinationPrefix, bool copyToOutput = false) : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { context.Options.ThemeDirectory, context.Options.InputDirectory })
        {
            var dir = Path.Combine(context.Options.FullPath(root), folder);
            // Editors' hidden files (.DS_Store, .git) are left out.
            foreach (var (file, relative) in context.Service(PublicationFiles.Of).List(dir, "*", recursive: true, skipHidden: true))
            {
                files[relative] = file; // input/ comes second, so it wins
            }
        }
        foreach (var (relative, file) in files)
        {
            var document = Document.Create(context.Options.DisplayPath(file), destinationPrefix + relative).With(MetadataKeys.FullPath, file);
            yield return copyToOutput ? document.With(MetadataKeys.CopyFile, true) : document;
        }
    }
}

using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>
/// Lists the text files matching a pattern in a folder of input/ as documents whose text is still
/// in the file (<see cref="MetadataKeys.FullPath"/>, Content empty), as Statiq's ReadFiles reads
/// content lazily: the Process module that parses a file reads it (<see cref="FileBytes"/>), in
/// parallel and one file per worker, so a build never holds every file's text at once.
/// </summary>
public sealed class ReadFiles(string folder, string pattern, bool recursive = false) : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var root = Path.Combine(context.Options.FullPath(context.Options.InputDirectory), folder);
        foreach (var (file, _) in context.Service(PublicationFiles.Of).List(root, pattern, recursive))
        {
            yield return Document.Create(context.Options.DisplayPath(file), "").With(MetadataKeys.FullPath, file);
        }
    }
}

using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>Reads the four data files at the root of input/; site.yml is required, the others may be absent.</summary>
public sealed class ReadDataFiles : IModule
{
    public static readonly string[] FileNames = ["site.yml", "speakers.yml", "topics.yml", "glossary.yml"];

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var root = context.Options.FullPath(context.Options.InputDirectory);
        if (!Directory.Exists(root))
        {
            context.Diagnostics.Error(SourceLocation.File(context.Options.DisplayPath(root)), DiagnosticCodes.MissingFile,
                "the input folder does not exist; pass --input DIR or run from the folder that contains input/");
            yield break;
        }
        foreach (var name in FileNames)
        {
            var file = Path.Combine(root, name);
            var display = context.Options.DisplayPath(file);
            if (!File.Exists(file) && new FileInfo(file).LinkTarget is null)
            {
                if (name == "site.yml")
                    context.Diagnostics.Error(SourceLocation.File(display), DiagnosticCodes.MissingFile, "site.yml is missing; it needs at least 'title:' and 'description:'");
                continue;
            }
            if (!context.Service(PublicationFiles.Of).MayRead(file)) continue;
            var text = TextFile.Read(file, display, context.Diagnostics);
            if (text is not null) yield return Document.Create(display, "", text).With(MetadataKeys.FullPath, file);
        }
    }
}

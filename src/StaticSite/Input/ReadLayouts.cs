using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>Reads every layout's text (theme/layouts with input/layouts overrides); Destination holds the layout's relative name.</summary>
public sealed class ReadLayouts : IModule
{
    private readonly ReadThemeFiles _files = new("layouts", "");

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var theme = context.Options.FullPath(context.Options.ThemeDirectory);
        if (!Directory.Exists(theme))
        {
            context.Diagnostics.Error(SourceLocation.File(context.Options.DisplayPath(theme)), DiagnosticCodes.MissingFile,
                "the theme folder does not exist; pass --theme DIR, or leave it out to use the theme that comes with StaticSite");
            yield break;
        }
        foreach (var document in _files.Execute(inputs, context))
        {
            var text = TextFile.Read(document.Get<string>(MetadataKeys.FullPath), document.Source, context.Diagnostics);
            if (text is not null) yield return document.WithContent(text);
        }
    }
}

using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>Reads every layout's text (theme/layouts with input/layouts overrides); Destination holds the layout's relative name.</summary>
public sealed class ReadLayouts : IModule
{
    private readonly ReadThemeFiles _files = new("layouts", "");

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        foreach (var document in _files.Execute(inputs, context))
        {
            var text = TextFile.Read(document.Get<string>(MetadataKeys.FullPath), document.Source, context.Diagnostics);
            if (text is not null) yield return document.WithContent(text);
        }
    }
}

using StaticSite.Markdown;
using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>Front matter and Markdown body of one transcript → (header, parsed body).</summary>
public sealed class ParseTranscript : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        foreach (var document in inputs)
        {
            var split = FrontMatter.Split(document.Content, document.Source, context.Diagnostics);
            if (split is null) continue;
            var yaml = YamlMapping.Load(split.Yaml, document.Source, split.YamlLineOffset, context.Diagnostics);
            if (yaml is null) continue;
            var header = TranscriptHeaderReader.Read(yaml, Path.GetFileNameWithoutExtension(document.Source), context.Diagnostics);
            var body = context.Markdown().ParseTranscript(new MarkdownSource(split.Body, document.Source, split.BodyFirstLine), context.Diagnostics);
            yield return document.With(MetadataKeys.Transcript, new ParsedTranscript(header, body)).WithContent("");
        }
    }
}

using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>Front matter and Markdown body of one transcript → (header, parsed body).</summary>
public sealed class ParseTranscript : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        foreach (var document in inputs)
        {
            if (FrontMatter.Read(document.Content, document.Source, context.Diagnostics) is not var (yaml, markdown)) continue;
            var header = TranscriptHeaderReader.Read(yaml, Path.GetFileNameWithoutExtension(document.Source), context.Diagnostics);
            var body = context.Clock.Measure("parse markdown (threads)", () => context.Markdown().ParseTranscript(markdown, context.Diagnostics));
            yield return document.With(MetadataKeys.Transcript, new ParsedTranscript(header, body)).WithContent("");
        }
    }
}

using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>Front matter and Markdown body of one transcript → (header, parsed body); reused from the preview's cache when nothing it depends on changed.</summary>
public sealed class ParseTranscript : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        foreach (var document in inputs)
        {
            var parsed = context.Options.ParseCache is { } cache ? Cached(document, context, cache) : Parse(document, context, context.Diagnostics);
            if (parsed is not null) yield return document.With(MetadataKeys.Transcript, parsed).WithContent("");
        }
    }

    private static ParsedTranscript? Parse(Document document, BuildContext context, DiagnosticBag diagnostics)
    {
        if (FrontMatter.Read(document.Content, document.Source, diagnostics) is not var (yaml, markdown)) return null;
        var header = TranscriptHeaderReader.Read(yaml, Path.GetFileNameWithoutExtension(document.Source), diagnostics);
        var body = context.Clock.Measure("parse markdown (threads)", () => context.Markdown().ParseTranscript(markdown, diagnostics));
        return new ParsedTranscript(header, body);
    }

    private static ParsedTranscript? Cached(Document document, BuildContext context, ParseCache cache)
    {
        var fingerprint = context.Service(DataFingerprint.Of).Value;
        if (cache.Find(document.Source, document.Content, fingerprint) is var (hit, reported))
        {
            foreach (var diagnostic in reported) context.Diagnostics.Add(diagnostic);
            return hit;
        }
        var own = new DiagnosticBag(context.Options.Strict);
        var parsed = Parse(document, context, own);
        var diagnostics = own.Sorted();
        foreach (var diagnostic in diagnostics) context.Diagnostics.Add(diagnostic);
        cache.Store(document.Source, document.Content, fingerprint, parsed, diagnostics);
        return parsed;
    }
}

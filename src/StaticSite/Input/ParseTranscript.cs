using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>
/// Reads a transcript's file and parses its front matter and Markdown body → (header, parsed body);
/// reused from the preview's cache when nothing it depends on changed. The file is read here, in
/// the parallel Process phase, and its bytes are let go as soon as it is parsed.
/// </summary>
public sealed class ParseTranscript : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        foreach (var document in inputs)
        {
            var parsed = Parse(document, context);
            if (parsed is not null) yield return document.With(MetadataKeys.Transcript, parsed).WithContent("");
        }
    }

    private static ParsedTranscript? Parse(Document document, BuildContext context)
    {
        var path = document.Get<string>(MetadataKeys.FullPath);
        if (context.Options is { ParseCache: { } known, KnownTranscripts: { } hashes } && hashes.TryGetValue(path, out var hash)
            && known.FindKnown(document.Source, hash, context.Service(DataFingerprint.Of).Value) is var (hit, reported))
        {
            // The preview hashed this file just now, and it is the file already parsed: not read again.
            if (context.Options.InMemory) context.Service(_ => new Rendering.TranscriptVersions()).Set(document.Source, hash);
            foreach (var diagnostic in reported) context.Diagnostics.Add(diagnostic);
            return hit;
        }
        using var file = FileBytes.Read(path);
        // Hashed before parsing, which changes the bytes in place (line endings): what the preview's pages compare.
        if (context.Options.InMemory) context.Service(_ => new Rendering.TranscriptVersions()).Set(document.Source, ParseCache.Key(file.Bytes));
        return context.Options.ParseCache is { } cache
            ? Cached(document, file.Bytes, context, cache)
            : Parse(document, file.Bytes, context, context.Diagnostics);
    }

    private static ParsedTranscript? Parse(Document document, Span<byte> file, BuildContext context, DiagnosticBag diagnostics)
    {
        if (FrontMatter.Read(file, document.Source, diagnostics) is not var (yaml, markdown)) return null;
        var header = TranscriptHeaderReader.Read(yaml, Path.GetFileNameWithoutExtension(document.Source), diagnostics);
        var body = context.Clock.Measure("parse markdown (threads)", () => context.Markdown().ParseTranscript(markdown, diagnostics));
        return body is null ? null : new ParsedTranscript(header, body);
    }

    private static ParsedTranscript? Cached(Document document, Span<byte> file, BuildContext context, ParseCache cache)
    {
        var fingerprint = context.Service(DataFingerprint.Of).Value;
        // Keyed before parsing: the parse changes the bytes in place (line endings).
        var key = ParseCache.Key(file);
        if (cache.Find(document.Source, key, fingerprint) is var (hit, reported))
        {
            foreach (var diagnostic in reported) context.Diagnostics.Add(diagnostic);
            return hit;
        }
        var own = new DiagnosticBag(context.Options.Strict);
        var parsed = Parse(document, file, context, own);
        var diagnostics = own.Sorted();
        foreach (var diagnostic in diagnostics) context.Diagnostics.Add(diagnostic);
        cache.Store(document.Source, key, fingerprint, parsed, diagnostics);
        return parsed;
    }
}

using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// Before anything is written: no two documents may be written to one file, or one would silently
/// replace the other (a free page whose slug a page kind writes without reserving it). Each
/// document's source file is pointed at; when any two collide, nothing is passed on to be written.
/// </summary>
public sealed class CheckDestinations : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var first = new Dictionary<string, (Document Document, string Kind)>(StringComparer.Ordinal);
        var collided = false;
        foreach (var kind in context.PageKinds.InWriteOrder)
        {
            foreach (var document in context.Results(kind.Name))
            {
                if (document.Destination.Length == 0 || first.TryAdd(document.Destination, (document, kind.Name))) continue;
                Report(context, document.Destination, first[document.Destination], (document, kind.Name));
                collided = true;
            }
        }
        return collided ? [] : inputs;
    }

    // At each side's source file, naming the other; a generated document has none, and is named by its page kind.
    private static void Report(BuildContext context, string destination, (Document Document, string Kind) one, (Document Document, string Kind) other)
    {
        var message = $"two documents would be written to '{destination}': {Describe(one)} and {Describe(other)}; rename one of them";
        var places = new[] { one.Document.Source, other.Document.Source }.Where(s => s.Length > 0).Distinct().Select(s => new SourceLocation(s, 1, 1)).ToList();
        if (places.Count == 0) places.Add(SourceLocation.File(context.Options.DisplayPath(Path.Combine(context.Options.FullPath(context.Options.OutputDirectory), destination))));
        foreach (var at in places) context.Diagnostics.Error(at, DiagnosticCodes.DuplicateDestination, message);
    }

    private static string Describe((Document Document, string Kind) side) =>
        side.Document.Source.Length > 0 ? $"{side.Document.Source} ({side.Kind})" : $"a page the {side.Kind} pipeline generates";
}

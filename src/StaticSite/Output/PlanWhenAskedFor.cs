using StaticSite.Input;
using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// Plans the files of one folder of the site that no page links into and no diagnostic comes from (the
/// search index): a build to disk plans them as usual; a build into memory (the preview's) plans one
/// document for the whole folder, whose files are planned and made when one of them is first asked for,
/// since a save would otherwise build the whole index again for nobody.
/// </summary>
/// <param name="plan">The step that plans the folder's files.</param>
/// <param name="folder">Where its files go, e.g. "search-index/": every destination it plans starts with it.</param>
public sealed class PlanWhenAskedFor(IModule plan, string folder) : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        if (!context.Options.InMemory) return plan.Execute(inputs, context);
        var planned = new Lazy<IReadOnlyList<Document>>(() =>
        {
            IReadOnlyList<Document> files = [.. plan.Execute(inputs, context)];
            // A file outside the folder would never be found there: a mistake in the build definition.
            if (files.FirstOrDefault(d => !d.Destination.StartsWith(folder, StringComparison.Ordinal)) is { } stray)
                throw new InvalidOperationException($"'{stray.Destination}' is not under '{folder}'");
            return files;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        return [Document.Create("", folder).With(MetadataKeys.PlannedWhenAskedFor, planned)];
    }
}

using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// Every internal link, asset reference and #anchor in every page must resolve to a page or file
/// of this build and, with a fragment, to an id on that page. Links to missing pages were reported
/// while the pages were written; the anchors can only be checked once every page has been seen.
/// </summary>
public sealed class ValidateLinks : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        context.Service<StagedSite>(_ => throw new InvalidOperationException("ValidateLinks runs after WriteFiles")).Links.ReportMissingAnchors();
        return inputs;
    }
}

namespace StaticSite.Pipeline;

/// <summary>One step of a pipeline: documents in, documents out.</summary>
public interface IModule
{
    IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context);
}

using StaticSite.Model;

namespace StaticSite.Pipeline;

/// <summary>
/// Runs pipelines phase by phase: Input and Process in dependency order (Process in parallel
/// across documents), then the site model, then PostProcess, then Output.
/// </summary>
public sealed class Engine(IReadOnlyList<Pipeline> pipelines, Func<BuildContext, SiteModel> buildModel)
{
    private readonly IReadOnlyList<Pipeline> _ordered = DependencyOrder.Sort(pipelines);

    public IReadOnlyList<string> PipelineNames => [.. _ordered.Select(p => p.Name)];

    /// <summary>Runs the build; returns false when errors stopped it (the diagnostics say why).</summary>
    public bool Run(BuildContext context, Action<string, TimeSpan>? timing = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var pipeline in _ordered)
        {
            var documents = RunSequential(pipeline.Input, [], context);
            documents = RunParallel(pipeline.Process, documents, context);
            context.SetResults(pipeline.Name, documents);
        }
        timing?.Invoke("read+parse", clock.Elapsed);
        clock.Restart();

        context.Model = buildModel(context);
        timing?.Invoke("link", clock.Elapsed);
        clock.Restart();
        if (context.Diagnostics.HasErrors) return false;

        foreach (var pipeline in _ordered.Where(p => p.PostProcess.Count > 0))
        {
            context.SetResults(pipeline.Name, RunSequential(pipeline.PostProcess, context.Results(pipeline.Name), context));
        }
        timing?.Invoke("plan pages", clock.Elapsed);
        clock.Restart();
        if (context.Diagnostics.HasErrors) return false;

        foreach (var pipeline in _ordered.Where(p => p.Output.Count > 0))
        {
            var inputs = pipeline.Dependencies.SelectMany(context.Results).ToList();
            context.SetResults(pipeline.Name, RunSequential(pipeline.Output, inputs, context));
            timing?.Invoke("output: " + pipeline.Name.ToLowerInvariant(), clock.Elapsed);
            clock.Restart();
            if (context.Diagnostics.HasErrors) return false;
        }
        return true;
    }

    private static IReadOnlyList<Document> RunSequential(IReadOnlyList<IModule> modules, IReadOnlyList<Document> documents, BuildContext context)
    {
        foreach (var module in modules) documents = [.. module.Execute(documents, context)];
        return documents;
    }

    // Each document goes through the Process modules on its own; results keep the input order
    // so that the output does not depend on thread scheduling.
    private static IReadOnlyList<Document> RunParallel(IReadOnlyList<IModule> modules, IReadOnlyList<Document> documents, BuildContext context)
    {
        if (modules.Count == 0) return documents;
        return [.. OrderedParallel.Map(documents, document => RunSequential(modules, [document], context)).SelectMany(r => r)];
    }
}

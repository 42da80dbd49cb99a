namespace StaticSite.Pipeline;

/// <summary>Orders pipelines so that each comes after what it depends on; a cycle or unknown name is a bug in the build definition.</summary>
internal static class DependencyOrder
{
    public static IReadOnlyList<Pipeline> Sort(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var ordered = new List<Pipeline>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        foreach (var pipeline in pipelines) Visit(pipeline, []);
        return ordered;

        void Visit(Pipeline pipeline, List<string> path)
        {
            if (state.TryGetValue(pipeline.Name, out var done))
            {
                if (done) return;
                throw new InvalidOperationException($"pipeline dependency cycle: {string.Join(" -> ", path)} -> {pipeline.Name}");
            }
            state[pipeline.Name] = false;
            path.Add(pipeline.Name);
            foreach (var dependency in pipeline.Dependencies)
            {
                if (!byName.TryGetValue(dependency, out var next))
                    throw new InvalidOperationException($"pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'");
                Visit(next, path);
            }
            path.RemoveAt(path.Count - 1);
            state[pipeline.Name] = true;
            ordered.Add(pipeline);
        }
    }
}

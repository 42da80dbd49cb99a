namespace StaticSite.Pipeline;

/// <summary>
/// A named list of modules in four phases. <see cref="Dependencies"/> name the pipelines whose
/// Process phase must finish first; an Output-phase pipeline receives the PostProcess results of
/// its dependencies as input.
/// </summary>
public sealed class Pipeline(string name)
{
    public string Name { get; } = name;

    public List<string> Dependencies { get; init; } = [];

    public List<IModule> Input { get; init; } = [];

    public List<IModule> Process { get; init; } = [];

    public List<IModule> PostProcess { get; init; } = [];

    public List<IModule> Output { get; init; } = [];

    public IReadOnlyList<IModule> Modules(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };
}

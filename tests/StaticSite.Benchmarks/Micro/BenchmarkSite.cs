using StaticSite.Benchmarks.Corpus;
using StaticSite.Markdown;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Benchmarks.Micro;

/// <summary>
/// A generated corpus in a temp folder, shared by the micro-benchmarks' setups: the first
/// transcript's text, the glossary as the Markdown stage sees it, and a build context that has
/// run every phase up to rendering (so a page can be rendered, on its own, as often as needed).
/// </summary>
public sealed class BenchmarkSite : IDisposable
{
    private BenchmarkSite(CorpusStats corpus, BuildOptions options)
    {
        Corpus = corpus;
        Options = options;
    }

    public CorpusStats Corpus { get; }

    /// <summary>Builds the corpus with the real theme into <c>output/</c> beside its <c>input/</c>.</summary>
    public BuildOptions Options { get; }

    /// <summary>Input path of the first transcript, relative to the site folder, as diagnostics show it.</summary>
    public string TranscriptPath => "input/transcripts/" + Path.GetFileName(TranscriptFile);

    public string TranscriptSlug => Path.GetFileNameWithoutExtension(TranscriptFile);

    public string TranscriptText => File.ReadAllText(TranscriptFile);

    public byte[] TranscriptBytes => File.ReadAllBytes(TranscriptFile);

    private string TranscriptFile => Directory.EnumerateFiles(Corpus.TranscriptsFolder, "*.md").Order(StringComparer.Ordinal).First();

    public static BenchmarkSite Create(int transcripts)
    {
        var root = Directory.CreateTempSubdirectory("staticsite-micro-").FullName;
        var corpus = CorpusGenerator.Write(root, transcripts);
        return new BenchmarkSite(corpus, new BuildOptions { WorkingDirectory = root, ThemeDirectory = ThemeFolder.Find(), OutputDirectory = "output" });
    }

    /// <summary>The 80 terms as <see cref="MarkdownConverter"/> takes them (hrefs as the site's URL layout makes them).</summary>
    public IReadOnlyList<GlossaryForms> Glossary() =>
        [.. Corpus.Glossary.Select(t => new GlossaryForms(t.Id, [.. t.Forms], "/glossary/" + t.Id + "/", t.Definition))];

    /// <summary>
    /// Runs Input, Process and PostProcess of the real pipelines, leaving out the Write pipeline:
    /// the context then holds every page as a deferred document, rendered when read (by compiled layouts, or all by Fluid).
    /// </summary>
    public BuildContext Rendered(bool compileLayouts = true)
    {
        var context = new BuildContext(Options with { DryRun = true, CompileLayouts = compileLayouts });
        var pipelines = SitePipelines.All().Where(p => p.Output.Count == 0).ToList();
        if (!new Engine(pipelines, SiteModelBuilder.Build).Run(context) || context.Diagnostics.HasErrors)
            throw new InvalidOperationException("the corpus does not build: " + string.Join("; ", context.Diagnostics.Sorted().Take(5)));
        return context;
    }

    public void Dispose() => Directory.Delete(Corpus.Root, recursive: true);
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Tests.Support;

/// <summary>A tiny site built in a temp folder with the real theme; its output is queried with AngleSharp.</summary>
internal sealed class TestSite : IDisposable
{
    /// <summary>The smallest valid publication: one transcript with an interviewer and a guest, two topics, two terms, one page.</summary>
    public const string Minimal = """
        -- input/site.yml --
        title: Test Exchanges
        description: A test publication.
        language: en
        -- input/speakers.yml --
        host:
          name: The Host
          role: Interviewer
        guest:
          name: Ada Guest
          role: Engineer
          bio: Builds *things*.
        -- input/topics.yml --
        money:
          title: Money
          description: Where it goes.
          related: [code]
        code:
          title: Code
        -- input/glossary.yml --
        api:
          term: API
          aliases: [APIs]
          definition: A way for programs to talk.
          see_also: [open-source]
        open-source:
          term: open source
          definition: Code anyone may read.
        -- input/transcripts/first-talk.md --
        ---
        title: The First Talk
        date: 2024-11-07
        summary: A short talk.
        source: { name: Test Weekly, url: https://example.org/talk }
        speakers:
          - { id: host, role: interviewer }
          - { id: guest }
        ---

        An introduction about open source.

        ## Beginnings

        @host #money: How do you pay for the API?

        @guest: We sell ==API access== to developers. Open source is free.

        A second paragraph of the answer.

        @host #code: What do you write?

        @guest: Mostly APIs.
        -- input/pages/about.md --
        ---
        title: About
        ---

        About this publication.
        """;

    private readonly HtmlParser _parser = new();

    private TestSite(string root, BuildResult result)
    {
        Root = root;
        Result = result;
    }

    public string Root { get; }

    public BuildResult Result { get; }

    public IReadOnlyList<Diagnostic> Errors => [.. Result.Diagnostics.Where(d => d.IsError)];

    public string Output => Path.Combine(Root, "output");

    /// <summary>Builds <see cref="Minimal"/> with the given files added or replaced.</summary>
    public static TestSite BuildMinimal(string changes = "", Func<BuildOptions, BuildOptions>? configure = null) =>
        Build(Minimal + "\n" + changes, configure);

    public static TestSite Build(string tree, Func<BuildOptions, BuildOptions>? configure = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "staticsite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        FileTree.Write(root, FileTree.Parse(tree));
        var options = new BuildOptions { WorkingDirectory = root, ThemeDirectory = RepoPaths.Theme };
        if (configure is not null) options = configure(options);
        return new TestSite(root, SiteBuilder.Build(options));
    }

    /// <summary>Builds a generated publication of <paramref name="transcripts"/> transcripts (the benchmarks' corpus, seed 42).</summary>
    public static TestSite BuildCorpus(int transcripts)
    {
        var root = Path.Combine(Path.GetTempPath(), "staticsite-tests", Guid.NewGuid().ToString("N"));
        StaticSite.Benchmarks.Corpus.CorpusGenerator.Write(root, transcripts);
        return new TestSite(root, SiteBuilder.Build(new BuildOptions { WorkingDirectory = root, ThemeDirectory = RepoPaths.Theme }));
    }

    /// <summary>Builds again in the same folder (after changing files), keeping the temp folder.</summary>
    public TestSite Rebuild(string changes = "", Func<BuildOptions, BuildOptions>? configure = null)
    {
        FileTree.Write(Root, FileTree.Parse(changes));
        var options = new BuildOptions { WorkingDirectory = Root, ThemeDirectory = RepoPaths.Theme };
        if (configure is not null) options = configure(options);
        return new TestSite(Root, SiteBuilder.Build(options));
    }

    /// <summary>A page of the output by its URL path without base path ("", "topics/money/", "404.html").</summary>
    public IDocument Page(string url)
    {
        var file = url.Length == 0 || url.EndsWith('/') ? url + "index.html" : url;
        var path = Path.Combine(Output, file);
        Assert.True(File.Exists(path), $"expected page {url} at {path}; diagnostics:\n{string.Join('\n', Result.Diagnostics)}");
        return _parser.ParseDocument(File.ReadAllText(path));
    }

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    /// <summary>Asserts that the build succeeded, showing every diagnostic if not.</summary>
    public TestSite AssertSucceeded()
    {
        Assert.True(Result.Succeeded, "build failed:\n" + string.Join('\n', Result.Diagnostics));
        return this;
    }

    /// <summary>The one diagnostic with this code; fails listing all diagnostics otherwise.</summary>
    public Diagnostic Single(string code)
    {
        var matches = Result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got {matches.Count}:\n{string.Join('\n', Result.Diagnostics)}");
        return matches[0];
    }

    public void Dispose() => TempFolder.Delete(Root);
}

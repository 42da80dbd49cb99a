using StaticSite.Cli;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

/// <summary>The `staticsite` command: options reach the engine, the console says what happened, exit codes tell CI.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _folder = new("cli", TestSite.Minimal);

    private string Root => _folder.Root;

    public void Dispose() => _folder.Dispose();

    private int Run(params string[] args) =>
        CommandLine.Create().Parse([.. args, "--input", Path.Combine(Root, "input"), "--theme", RepoPaths.Theme]).Invoke();

    [Fact]
    public void Build_WritesTheSiteAndExitsZero()
    {
        Assert.Equal(0, Run("build", "--output", Path.Combine(Root, "output"), "--quiet"));
        Assert.True(File.Exists(Path.Combine(Root, "output", "transcripts", "first-talk", "index.html")));
    }

    [Fact]
    public void Build_WithInputAndNoOutput_WritesOutputBesideTheInput()
    {
        // The input is given as a full path to a folder that is not the working folder's input/.
        Assert.Equal(0, Run("build", "--quiet"));
        Assert.True(File.Exists(Path.Combine(Root, "output", "transcripts", "first-talk", "index.html")));
    }

    [Fact]
    public void Report_NamesTheInputThemeAndOutputFoldersOnOneLine()
    {
        var stdout = new StringWriter();
        var options = new BuildOptions { InputDirectory = "../x/input", ThemeDirectory = CommandLine.BundledTheme, OutputDirectory = "../x/output" };
        Assert.Equal(0, BuildReport.Print(new BuildResult(true, [], 1, TimeSpan.FromSeconds(1), []), options, false, false, stdout, new StringWriter()));
        Assert.Contains($"Input ../x/input/, theme {CommandLine.BundledTheme}/ (the one that comes with StaticSite), output ../x/output/.", stdout.ToString());
    }

    [Theory]
    [InlineData("input", "output")]
    [InlineData("../x/input", "../x/output")]
    [InlineData("/sites/x/input/", "/sites/x/output")]
    public void DefaultOutput_IsTheFolderBesideTheInput(string input, string output) =>
        Assert.Equal(output, CommandLine.Beside(input, "output"));

    [Fact]
    public void BasePathOption_PrefixesLinks()
    {
        Assert.Equal(0, Run("build", "--output", Path.Combine(Root, "output"), "--base-path", "/repo/", "--quiet"));
        Assert.Contains("href=\"/repo/topics/\"", File.ReadAllText(Path.Combine(Root, "output", "index.html")));
    }

    [Fact]
    public void BuildWithErrors_ExitsOne()
    {
        File.WriteAllText(Path.Combine(Root, "input", "topics.yml"), "money: [\n");
        Assert.Equal(1, Run("build", "--output", Path.Combine(Root, "output"), "--quiet"));
        Assert.False(Directory.Exists(Path.Combine(Root, "output")));
    }

    [Fact]
    public void FailedBuild_SaysThePreviousOutputIsUntouchedOnlyWhenThereIsOne()
    {
        File.WriteAllText(Path.Combine(Root, "input", "topics.yml"), "money: [\n");
        var options = new BuildOptions { WorkingDirectory = Root, ThemeDirectory = RepoPaths.Theme };
        var result = SiteBuilder.Build(options);
        var first = new StringWriter();
        Assert.Equal(1, BuildReport.Print(result, options, false, false, new StringWriter(), first));
        Assert.DoesNotContain("untouched", first.ToString());
        Directory.CreateDirectory(Path.Combine(Root, "output"));
        var second = new StringWriter();
        Assert.Equal(1, BuildReport.Print(result, options, false, false, new StringWriter(), second));
        Assert.True(second.ToString().Contains("The previous output is untouched.", StringComparison.Ordinal), second.ToString());
    }

    [Fact]
    public void Check_WritesNothingAndExitsZero()
    {
        Assert.Equal(0, Run("check", "--output", Path.Combine(Root, "output"), "--quiet"));
        Assert.False(Directory.Exists(Path.Combine(Root, "output")));
    }

    [Fact]
    public void Report_PrintsDiagnosticsThenASummary()
    {
        var result = SiteBuilder.Build(new BuildOptions { WorkingDirectory = Root, ThemeDirectory = RepoPaths.Theme });
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildReport.Print(result, new BuildOptions(), verbose: true, quiet: false, stdout, stderr);
        Assert.Equal(0, code);
        Assert.Matches(@"Built \d+ pages into output/ in \d+\.\d\d s\.", stdout.ToString());
        Assert.Contains("read+parse", stdout.ToString());
        Assert.Contains("parse markdown (threads)", stdout.ToString());
        Assert.DoesNotContain("rendered by Fluid", stdout.ToString()); // the default theme compiles whole
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public void Report_WarnsOfTheLayoutsRenderedByFluid_WithoutVerbose()
    {
        var result = new BuildResult(true, [], 1, TimeSpan.FromSeconds(1), []) { LayoutsRenderedByFluid = ["404", "page"] };
        var stdout = new StringWriter();
        Assert.Equal(0, BuildReport.Print(result, new BuildOptions(), verbose: false, quiet: false, stdout, new StringWriter()));
        Assert.Contains("Warning: layouts rendered by Fluid, not compiled", stdout.ToString());
        Assert.Contains("404, page", stdout.ToString());
    }

    [Fact]
    public void Report_OfAFailedBuild_ListsEachDiagnosticInMsBuildForm()
    {
        File.WriteAllText(Path.Combine(Root, "input", "topics.yml"), "money:\n  title: Money\ncode:\n  titel: Code\n");
        var result = SiteBuilder.Build(new BuildOptions { WorkingDirectory = Root, ThemeDirectory = RepoPaths.Theme });
        var stderr = new StringWriter();
        var code = BuildReport.Print(result, new BuildOptions(), verbose: false, quiet: false, new StringWriter(), stderr);
        Assert.Equal(1, code);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("input/topics.yml(4,3): warning SSG0004: unknown field 'titel'; did you mean 'title'?", lines);
        Assert.Contains(lines, l => l.StartsWith("input/topics.yml(4,3): error SSG0003: missing required field 'title'", StringComparison.Ordinal));
        Assert.Equal(3, lines.Length); // the topic is still known: no cascade of "unknown topic" errors
        Assert.StartsWith("Build failed: ", lines[^1]);
    }
}

using StaticSite.Tests.Support;

namespace StaticSite.Tests.Published;

/// <summary>
/// The published tool is native code, compiled ahead of time: reflection, generated code and trimming differ there
/// from `dotnet run`, so its builds are checked against the managed engine's, byte for byte.
/// </summary>
public sealed class PublishedToolTests(PublishedToolFixture tool) : IClassFixture<PublishedToolFixture>, IDisposable
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(2);
    private readonly TempFolder _folder = new("published-run");

    public void Dispose() => _folder.Dispose();

    private ProcessResult Native(params string[] arguments) => PublishedToolFixture.Run(tool.Native, arguments, RepoPaths.Root, _timeout);

    [SkippableFact]
    public void Publish_GivesTheNativeToolAlone()
    {
        tool.SkipWithoutToolchain();
        Assert.True(tool.Publish.ExitCode == 0, tool.Publish.ToString());
        Assert.True(File.Exists(tool.Native), "no native staticsite in the publish folder");
        // Nothing managed to start instead of it: the installed tool is the native one.
        Assert.Empty(Directory.EnumerateFiles(tool.Bin, "*.dll"));
        Assert.Contains("staticsite build", Native("build", "--help").Output);
    }

    [SkippableFact]
    public void RealSite_BuildsByteForByteAsTheManagedEngineBuildsIt()
    {
        tool.SkipWithoutToolchain();
        var native = Path.Combine(_folder.Root, "native");
        var run = Native("build", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", native, "--force", "--quiet");
        Assert.True(run.ExitCode == 0, run.ToString());
        AssertSameFiles(BuildInProcess(RepoPaths.Theme), native);
    }

    [SkippableFact]
    public void ThemeReadingEveryViewAsJson_BuildsAsTheManagedEngineBuildsIt()
    {
        tool.SkipWithoutToolchain();
        // A theme whose base layout writes page and site whole: every view the native tool reads, by every name.
        var theme = Path.Combine(_folder.Root, "theme");
        CopyFolder(RepoPaths.Theme, theme);
        var layout = Path.Combine(theme, "layouts", "base.liquid");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<script type=\"application/json\" id=\"views\">{{ page | json }}{{ site | json }}</script>\n</body>", StringComparison.Ordinal));
        var native = Path.Combine(_folder.Root, "native");
        var run = Native("build", "--input", RepoPaths.Input, "--theme", theme, "--output", native, "--force", "--quiet");
        Assert.True(run.ExitCode == 0, run.ToString());
        AssertSameFiles(BuildInProcess(theme), native);
        Assert.Contains("&quot;canonical_url&quot;", File.ReadAllText(Path.Combine(native, "index.html")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void BrokenInput_ReportsWhereAndExitsOne()
    {
        tool.SkipWithoutToolchain();
        var input = Path.Combine(_folder.Root, "input");
        CopyFolder(RepoPaths.Input, input);
        File.WriteAllText(Path.Combine(input, "topics.yml"), "money: [\n");
        var run = Native("build", "--input", input, "--theme", RepoPaths.Theme, "--output", Path.Combine(_folder.Root, "out"), "--force");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"topics\.yml\(\d+,\d+\): error SSG\d{4}", run.Output + run.Error);
        Assert.False(Directory.Exists(Path.Combine(_folder.Root, "out")));
    }

    private string BuildInProcess(string theme) => RealSiteBuild.Into(Path.Combine(_folder.Root, "managed"), theme);

    // The project's snapshot of a build (every file by path, with a hash of its bytes), as the byte-identical build tests take it.
    private static void AssertSameFiles(string expected, string actual)
    {
        var snapshot = Sites.OutputTests.Snapshot(expected);
        Assert.NotEmpty(snapshot);
        Assert.Equal(snapshot, Sites.OutputTests.Snapshot(actual));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

using StaticSite.Diagnostics;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Hardening;

/// <summary>
/// A pull request's symbolic link never carries a file from outside the input and theme folders
/// into the site: every kind of file the build reads is refused at the link, naming its target.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private const string Secret = "runner secret 7d1f";
    private readonly TempFolder _outside = new("outside");
    private readonly TempFolder _site = new("links", TestSite.Minimal);

    public SymbolicLinkTests()
    {
        File.WriteAllText(SecretFile, Secret + "\n");
        Directory.CreateDirectory(Path.Combine(_outside.Root, "folder"));
        File.WriteAllText(Path.Combine(_outside.Root, "folder", "inner.txt"), Secret);
    }

    private string SecretFile => Path.Combine(_outside.Root, "secret.txt");

    private string Root => _site.Root;

    public void Dispose()
    {
        _site.Dispose();
        _outside.Dispose();
    }

    private BuildResult Build(string theme = "") =>
        SiteBuilder.Build(new BuildOptions { WorkingDirectory = Root, ThemeDirectory = theme.Length == 0 ? RepoPaths.Theme : theme });

    private string Link(string relative, string target)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    private void AssertNothingOfTheSecretIsPublished()
    {
        if (!Directory.Exists(Path.Combine(Root, "output"))) return;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "output"), "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(Secret, File.ReadAllText(file));
    }

    private Diagnostic RefusedAt(BuildResult result, string path, string code = DiagnosticCodes.LinkOutsidePublication)
    {
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal((path, 0, 0), (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.True(diagnostic.IsError);
        AssertNothingOfTheSecretIsPublished();
        return diagnostic;
    }

    [Theory]
    [InlineData("input/assets/notes.txt")]
    [InlineData("input/transcripts/leak.md")]
    [InlineData("input/pages/leak.md")]
    [InlineData("input/layouts/leak.liquid")]
    [InlineData("input/speakers.yml")]
    [InlineData("input/site.yml")]
    public void LinkToAFileOutside_IsRefusedAtTheLinkNamingItsTarget(string link)
    {
        Link(link, SecretFile);
        var diagnostic = RefusedAt(Build(), link);
        Assert.Contains($"'{SecretFile}'", diagnostic.Message);
    }

    [Fact]
    public void LinkToAFileOutside_IsRefusedInTheThemesAssets()
    {
        var theme = Path.Combine(Root, "theme");
        CopyFolder(RepoPaths.Theme, theme);
        Link("theme/assets/host.txt", SecretFile);
        RefusedAt(Build(theme), "theme/assets/host.txt");
    }

    [Fact]
    public void RelativeLinkClimbingOut_IsRefused()
    {
        Link("input/assets/up.txt", Path.GetRelativePath(Path.Combine(Root, "input", "assets"), SecretFile));
        RefusedAt(Build(), "input/assets/up.txt");
    }

    [Fact]
    public void LinkedFolderLeadingOutside_IsRefused_AndNothingInItIsRead()
    {
        Link("input/assets/docs", Path.Combine(_outside.Root, "folder"));
        RefusedAt(Build(), "input/assets/docs");
    }

    [Fact]
    public void DotDotAfterALinkedFolder_IsTakenFromTheLinksTarget_AsTheSystemDoes()
    {
        // The text "docs/../secret.txt" would stay inside input/assets/; the system goes to the outside folder's parent.
        Link("input/assets/docs", Path.Combine(_outside.Root, "folder"));
        Link("input/assets/sneaky.txt", "docs/../secret.txt");
        var result = Build();
        Assert.False(result.Succeeded);
        Assert.Equal(["input/assets/docs", "input/assets/sneaky.txt"],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkOutsidePublication).Select(d => d.Location.Path).Order(StringComparer.Ordinal));
        AssertNothingOfTheSecretIsPublished();
    }

    [Fact]
    public void LinksInsideThePublication_AreFollowed()
    {
        File.WriteAllText(Path.Combine(Root, "input", "shared.txt"), "shared text");
        Link("input/assets/shared.txt", Path.Combine(Root, "input", "shared.txt"));
        Link("input/assets/theme-css", Path.Combine(RepoPaths.Theme, "assets", "css"));
        Assert.True(Build().Succeeded);
        Assert.Equal("shared text", File.ReadAllText(Path.Combine(Root, "output", "assets", "shared.txt")));
        Assert.True(File.Exists(Path.Combine(Root, "output", "assets", "theme-css", "site.css")));
    }

    [Fact]
    public void FolderLinkedToItsOwnParent_IsALoopReported_NotFollowedForever()
    {
        Link("input/assets/again", "..");
        RefusedAt(Build(), "input/assets/again", DiagnosticCodes.UnfollowableLink);
    }

    [Fact]
    public void LinksPointingAtEachOther_AreReported_NotFollowedForever()
    {
        Link("input/transcripts/a.md", "b.md");
        Link("input/transcripts/b.md", "a.md");
        var result = Build();
        Assert.False(result.Succeeded);
        Assert.Equal(["input/transcripts/a.md", "input/transcripts/b.md"],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnfollowableLink).Select(d => d.Location.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BrokenLink_IsReported_NotACrash()
    {
        Link("input/assets/gone.txt", Path.Combine(Root, "input", "nothing-here.txt"));
        RefusedAt(Build(), "input/assets/gone.txt", DiagnosticCodes.UnfollowableLink);
    }

    [Fact]
    public void RefusedLink_LeavesThePreviousOutputAsItWas()
    {
        Assert.True(Build().Succeeded);
        var before = Sites.OutputTests.Snapshot(Path.Combine(Root, "output"));
        Link("input/assets/notes.txt", SecretFile);
        Assert.False(Build().Succeeded);
        Assert.Equal(before, Sites.OutputTests.Snapshot(Path.Combine(Root, "output")));
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

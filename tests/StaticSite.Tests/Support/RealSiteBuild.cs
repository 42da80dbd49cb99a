using StaticSite.Pipeline;

namespace StaticSite.Tests.Support;

/// <summary>A build of the real input/ (or another input folder) into a folder of a test's own, with the given theme, asserted to succeed.</summary>
internal static class RealSiteBuild
{
    public static string Into(string output, string theme, bool compileLayouts = true, string? input = null)
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            WorkingDirectory = RepoPaths.Root,
            InputDirectory = input ?? RepoPaths.Input,
            ThemeDirectory = theme,
            OutputDirectory = output,
            Force = true,
            CompileLayouts = compileLayouts,
        });
        Assert.True(result.Succeeded);
        return output;
    }
}

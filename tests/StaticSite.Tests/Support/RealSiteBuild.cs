using StaticSite.Pipeline;

namespace StaticSite.Tests.Support;

/// <summary>A build of the real input/ into a folder of a test's own, with the given theme, asserted to succeed.</summary>
internal static class RealSiteBuild
{
    public static string Into(string output, string theme)
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            WorkingDirectory = RepoPaths.Root,
            InputDirectory = RepoPaths.Input,
            ThemeDirectory = theme,
            OutputDirectory = output,
            Force = true,
        });
        Assert.True(result.Succeeded);
        return output;
    }
}

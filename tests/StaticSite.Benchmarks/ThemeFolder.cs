namespace StaticSite.Benchmarks;

/// <summary>The real theme: copied beside the benchmark binaries by the project file, else found above them in the repository.</summary>
public static class ThemeFolder
{
    public static string Find()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "theme");
        if (Directory.Exists(Path.Combine(shipped, "layouts"))) return shipped;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return Path.Combine(dir.FullName, "theme");
        }
        throw new InvalidOperationException("the theme folder was found neither beside " + AppContext.BaseDirectory + " nor above it");
    }
}

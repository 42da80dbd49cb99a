using System.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Published;

/// <summary>
/// Publishes the tool once, as a reader of the README would (`dotnet publish -c Release`): the native `staticsite`,
/// compiled ahead of time. Needs clang and zlib1g-dev: without them the tests
/// skip with a message on a developer's machine, and fail in CI (CI=true), where .ci/run installs them.
/// </summary>
public sealed class PublishedToolFixture : IDisposable
{
    public PublishedToolFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "staticsite-tests", "published-" + Guid.NewGuid().ToString("N"));
        Missing = MissingToolchain();
        if (Missing is not null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException(Missing + "; .ci/run installs them");
            Publish = new ProcessResult(-1, "", Missing);
            return;
        }
        Publish = Run("dotnet", ["publish", Path.Combine(RepoPaths.Root, "src", "StaticSite.Cli"), "-c", "Release", "-o", Bin, "-nologo"],
            RepoPaths.Root, TimeSpan.FromMinutes(8));
    }

    public string Folder { get; }

    public string Bin => Path.Combine(Folder, "bin");

    public string Native => Path.Combine(Bin, "staticsite");

    /// <summary>Why the native tool cannot be compiled on this machine, or null.</summary>
    public string? Missing { get; }

    /// <summary>Skips the calling test, with the reason, where the native tool cannot be compiled.</summary>
    public void SkipWithoutToolchain() => Skip.If(Missing is not null, Missing);

    /// <summary>What `dotnet publish` printed and its exit code.</summary>
    public ProcessResult Publish { get; }

    /// <summary>Runs a command to its end (killed after <paramref name="timeout"/>), with its output and exit code.</summary>
    public static ProcessResult Run(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} ran longer than {timeout}");
        }
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    // Native AOT links with clang against zlib on Linux (the packages clang and zlib1g-dev).
    private static string? MissingToolchain()
    {
        if (!OperatingSystem.IsLinux()) return null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var clang = path.Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, "clang")));
        var zlib = File.Exists("/usr/include/zlib.h");
        return (clang, zlib) switch
        {
            (true, true) => null,
            (false, true) => "clang not found: install Debian's clang package to test the published (native) tool",
            (true, false) => "zlib.h not found: install Debian's zlib1g-dev package to test the published (native) tool",
            _ => "clang and zlib.h not found: install Debian's clang and zlib1g-dev packages to test the published (native) tool",
        };
    }

    public void Dispose() => TempFolder.Delete(Folder);
}

/// <summary>A finished command: exit code, standard output, standard error.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}

using System.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Published;

/// <summary>
/// Publishes the tool once, as a reader of the README would (`dotnet publish -c Release`): the native `staticsite`
/// (compiled ahead of time) and the managed build beside it. Needs clang and zlib1g-dev, which .ci/run installs.
/// </summary>
public sealed class PublishedToolFixture : IDisposable
{
    public PublishedToolFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "staticsite-tests", "published-" + Guid.NewGuid().ToString("N"));
        Publish = Run("dotnet", ["publish", Path.Combine(RepoPaths.Root, "src", "StaticSite.Cli"), "-c", "Release", "-o", Bin, "-nologo"],
            RepoPaths.Root, TimeSpan.FromMinutes(8));
    }

    public string Folder { get; }

    public string Bin => Path.Combine(Folder, "bin");

    public string Native => Path.Combine(Bin, "staticsite");

    public string ManagedDll => Path.Combine(Bin, "StaticSite.Cli.dll");

    /// <summary>What `dotnet publish` printed and its exit code.</summary>
    public ProcessResult Publish { get; }

    /// <summary>Runs a command to its end (killed after <paramref name="timeout"/>), with its output and exit code.</summary>
    public static ProcessResult Run(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
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

    public void Dispose() => TempFolder.Delete(Folder);
}

/// <summary>A finished command: exit code, standard output, standard error.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}

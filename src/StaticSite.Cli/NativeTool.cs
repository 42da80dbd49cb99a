using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace StaticSite.Cli;

/// <summary>
/// The published tool is native (`staticsite`, compiled ahead of time); the managed build published beside it
/// hands over to it as it starts, so that `dotnet StaticSite.Cli.dll build` runs the same native build as
/// `staticsite build`. execv replaces this process with the native one: same process id, same standard streams,
/// and its exit code is this command's.
/// </summary>
internal static partial class NativeTool
{
    /// <summary>The native tool's file name in a publish folder (never an app host's name, so a build folder never hands over).</summary>
    public const string FileName = "staticsite";

    /// <summary>Set to 1 to keep the managed build running (to compare the two, or when the native tool misbehaves).</summary>
    public const string StayManagedVariable = "STATICSITE_MANAGED";

    /// <summary>Hands over to the native tool when one is beside this assembly; returns only when there is none or it could not start.</summary>
    public static void HandOff(string[] args)
    {
        // The native tool itself has no JIT: it is already what this hands over to.
        if (!RuntimeFeature.IsDynamicCodeSupported || !(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())) return;
        if (Environment.GetEnvironmentVariable(StayManagedVariable) == "1") return;
        var native = Path.Combine(AppContext.BaseDirectory, FileName);
        if (!File.Exists(native)) return;
        // Nothing has been written yet (this is the first thing Main does), so there is nothing to flush, and
        // touching the console would only start it up for a process that is about to be replaced.
        execv(native, [native, .. args, null]);
        // execv returned: the file is not an executable we may run. The managed build does the work instead.
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int execv(string path, string?[] argv);
}

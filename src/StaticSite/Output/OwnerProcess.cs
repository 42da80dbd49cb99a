namespace StaticSite.Output;

/// <summary>
/// Whether the process a leftover folder is named after still runs: staging folders (`.output.staging-&lt;pid&gt;`)
/// and preview folders (`staticsite-preview/&lt;pid&gt;`) carry their process's id, so that a later run can tell
/// the work of a live process from what a killed one left behind.
/// </summary>
public static class OwnerProcess
{
    /// <summary>True when no process with this id runs on this machine (a live one, even another program that reused the id, is left alone).</summary>
    public static bool IsGone(int id)
    {
        if (id == Environment.ProcessId) return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
        catch (InvalidOperationException)
        {
            return true; // it ended while being looked at
        }
    }

    /// <summary>The process id at the end of a folder's name after <paramref name="prefix"/>, or null when the name does not have that form.</summary>
    public static int? IdIn(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(name.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}

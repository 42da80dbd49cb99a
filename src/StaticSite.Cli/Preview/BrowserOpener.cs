using System.ComponentModel;
using System.Diagnostics;

namespace StaticSite.Cli.Preview;

/// <summary>
/// `preview --open`: opens the address in the browser. The BROWSER environment variable, when set, names the
/// command to run with the address as its one argument (as Python's webbrowser and many Unix tools read it);
/// otherwise the system's opener (xdg-open on Linux, open on macOS, the shell on Windows).
/// </summary>
internal static class BrowserOpener
{
    public const string Variable = "BROWSER";

    public static void Open(string address, TextWriter error)
    {
        var browser = Environment.GetEnvironmentVariable(Variable);
        var start = string.IsNullOrWhiteSpace(browser)
            ? new ProcessStartInfo(address) { UseShellExecute = true }
            : new ProcessStartInfo(browser) { ArgumentList = { address } };
        try
        {
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            // No browser is no reason to stop the preview.
            error.WriteLine($"Could not open a browser ({e.Message}); open {address} in one.");
        }
    }
}

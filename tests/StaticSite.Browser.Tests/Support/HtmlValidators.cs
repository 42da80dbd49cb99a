using System.Diagnostics;
using System.Text.Json;

namespace StaticSite.Browser.Tests.Support;

/// <summary>
/// The two HTML validators of validators/package.json, as npm installs them there (`npm ci --ignore-scripts`,
/// which .ci/run does): html-validate with its recommended rules (validators/.htmlvalidate.json) on Node, and
/// the W3C Nu checker's vnu.jar on the machine's Java. Without them the tests skip, and fail in CI.
/// </summary>
public static class HtmlValidators
{
    public static string Folder => Path.Combine(PreviewedSite.RepoRoot(), "tests", "StaticSite.Browser.Tests", "validators");

    private static string HtmlValidate => Path.Combine(Folder, "node_modules", "html-validate", "bin", "html-validate.mjs");

    private static string VnuJar => Path.Combine(Folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static void SkipUnlessInstalled()
    {
        var missing = new List<string>();
        if (!File.Exists(HtmlValidate) || !File.Exists(VnuJar)) missing.Add($"the validators (run `npm ci --ignore-scripts` in {Folder})");
        if (!OnPath("node")) missing.Add("node (Debian's nodejs)");
        if (!OnPath("java")) missing.Add("java (Debian's default-jre-headless)");
        if (missing.Count == 0) return;
        var reason = "missing for the HTML validators: " + string.Join(", ", missing) + "; .ci/run installs them";
        if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException(reason);
        Skip.If(true, reason);
    }

    /// <summary>Every message html-validate has about the files: "file(line,col): rule: message".</summary>
    public static async Task<IReadOnlyList<string>> HtmlValidateAsync(IReadOnlyList<string> files)
    {
        var output = await RunAsync("node", [HtmlValidate, "--config", Path.Combine(Folder, ".htmlvalidate.json"), "--formatter", "json", .. files]);
        var messages = new List<string>();
        using var json = JsonDocument.Parse(output);
        foreach (var file in json.RootElement.EnumerateArray())
        {
            foreach (var message in file.GetProperty("messages").EnumerateArray())
            {
                messages.Add($"{file.GetProperty("filePath").GetString()}({message.GetProperty("line")},{message.GetProperty("column")}): "
                    + $"{message.GetProperty("ruleId").GetString()}: {message.GetProperty("message").GetString()}");
            }
        }
        return messages;
    }

    /// <summary>Every error and warning of the Nu checker about the files: "file(line): error|warning: message".</summary>
    public static async Task<IReadOnlyList<string>> NuCheckerAsync(IReadOnlyList<string> files)
    {
        var output = await RunAsync("java", ["-jar", VnuJar, "--format", "json", "--stdout", "--exit-zero-always", .. files]);
        var messages = new List<string>();
        using var json = JsonDocument.Parse(output);
        foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.GetProperty("type").GetString();
            var subType = message.TryGetProperty("subType", out var sub) ? sub.GetString() : null;
            // Plain "info" messages are notes, not findings; an info with subType "warning" is a warning.
            if (type == "info" && subType != "warning") continue;
            var url = message.TryGetProperty("url", out var u) ? u.GetString() : "";
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            messages.Add($"{url}({line}): {subType ?? type}: {message.GetProperty("message").GetString()}");
        }
        return messages;
    }

    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Folder };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout;
        if (output.Length == 0) throw new InvalidOperationException($"{program} printed no report (exit code {process.ExitCode}): {await stderr}");
        return output;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace StaticSite.Benchmarks.Preview;

/// <summary>
/// `preview-save N|real [RUNS] --tool PATH`: the same scripted saves against an installed `staticsite` running
/// `preview` as a child process, as an editor runs it: each save is timed from the file's write to the moment the
/// server has answered a request for the page with the change in it, after the preview's reload event.
/// </summary>
internal static partial class ToolPreviewSaves
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string tool, string root, string label, string file, int runs, TimeSpan betweenSaves, Func<string, string, string> edit)
    {
        var start = new ProcessStartInfo(Path.GetFullPath(tool)) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        // A port from the dynamic range: one in use makes the preview pick a free one and say which.
        foreach (var arg in new[] { "preview", "--port", Random.Shared.Next(49152, 65000).ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(arg);
        using var preview = Process.Start(start)!;
        try
        {
            var clock = Stopwatch.StartNew();
            var address = await AddressAsync(preview).WaitAsync(TimeSpan.FromMinutes(10));
            Console.WriteLine(Invariant($"{label}: `{tool} preview` ready in {clock.Elapsed.TotalMilliseconds:F0} ms at {address}"));
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = Timeout.InfiniteTimeSpan };
            var reloads = Channel.CreateUnbounded<bool>();
            using var stop = new CancellationTokenSource();
            var listening = ListenAsync(http, reloads.Writer, stop.Token);
            var page = "transcripts/" + Path.GetFileNameWithoutExtension(file) + "/";
            var times = new List<double>();
            var cpuTimes = new List<double>();
            for (var run = 0; run <= runs; run++) // run 0 warms up
            {
                var marker = Invariant($"Scripted edit number {run} of this benchmark.");
                var text = edit(await File.ReadAllTextAsync(file), marker);
                await Task.Delay(betweenSaves);
                while (reloads.Reader.TryRead(out _)) { }
                preview.Refresh();
                var cpu = preview.TotalProcessorTime;
                var saved = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, text);
                using (var patience = new CancellationTokenSource(_patience))
                {
                    do await reloads.Reader.ReadAsync(patience.Token);
                    while (!(await http.GetStringAsync(page, patience.Token)).Contains(marker, StringComparison.Ordinal));
                }
                saved.Stop();
                preview.Refresh();
                var cpuMs = (preview.TotalProcessorTime - cpu).TotalMilliseconds;
                if (run == 0) continue;
                times.Add(saved.Elapsed.TotalMilliseconds);
                cpuTimes.Add(cpuMs);
                Console.WriteLine(Invariant($"save {run,2}: {saved.Elapsed.TotalMilliseconds,6:F1} ms to served, {cpuMs,6:F1} ms CPU of the preview process"));
            }
            await stop.CancelAsync();
            await listening;
            Console.WriteLine(Invariant($"median of {times.Count}: {PreviewSaveCommand.Median(times):F1} ms from save to the new page served ({page}index.html), {PreviewSaveCommand.Median(cpuTimes):F1} ms of the preview's CPU time each"));
            return 0;
        }
        finally
        {
            if (!preview.HasExited) preview.Kill(entireProcessTree: true);
            await preview.WaitForExitAsync();
        }
    }

    // The address the preview says it serves on, once it does.
    private static async Task<string> AddressAsync(Process preview)
    {
        _ = preview.StandardError.ReadToEndAsync(); // diagnostics, were there any, would fill the pipe
        while (await preview.StandardOutput.ReadLineAsync() is { } line)
        {
            if (Previewing().Match(line) is { Success: true } match)
            {
                _ = DrainAsync(preview.StandardOutput);
                return match.Groups[1].Value;
            }
        }
        throw new InvalidOperationException("the preview stopped before it served: " + await preview.StandardError.ReadToEndAsync());
    }

    private static async Task DrainAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is not null) { }
    }

    // The preview's Server-Sent Events, as the live-reload script hears them: one signal per event.
    private static async Task ListenAsync(HttpClient http, ChannelWriter<bool> reloads, CancellationToken stop)
    {
        try
        {
            using var response = await http.GetAsync("__staticsite/events", HttpCompletionOption.ResponseHeadersRead, stop);
            using var events = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
            while (await events.ReadLineAsync(stop) is { } line)
            {
                if (line.StartsWith("data:", StringComparison.Ordinal)) reloads.TryWrite(true);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Done measuring.
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Previewing (http://\S+/) ")]
    private static partial Regex Previewing();
}

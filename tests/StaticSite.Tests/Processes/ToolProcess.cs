using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace StaticSite.Tests.Processes;

/// <summary>
/// The real tool as a process (`dotnet StaticSite.Cli.dll …` from the test build), with a temporary folder
/// (TMPDIR) of its own. In a pseudo-terminal (util-linux `script`) when asked, so that Ctrl+C is what a terminal
/// makes of it: the byte 0x03, turned into SIGINT by the terminal's line discipline. Every wait is bounded, and
/// Dispose kills whatever is still running.
/// </summary>
internal sealed class ToolProcess : IDisposable
{
    /// <summary>A bound on every wait: generous for a loaded machine, never a measurement.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Lock _lock = new();

    private ToolProcess(System.Diagnostics.Process process) => _process = process;

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_lock) return _output.ToString();
        }
    }

    public string Error
    {
        get
        {
            lock (_lock) return _error.ToString();
        }
    }

    public int ExitCode => _process.ExitCode;

    public static ToolProcess Start(string workingDirectory, string temp, bool terminal, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "StaticSite.Cli.dll");
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(terminal ? "script" : dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (terminal)
        {
            // -q: no banner, -e: the command's exit code, -f: flush at once, -c: the command; the typescript goes nowhere.
            // exec: the shell `script` starts (dash when SHELL is unset, as in CI) would otherwise wait in the
            // terminal's process group, die of the SIGINT itself and report 130 for a tool that stopped cleanly.
            // SIGINT back to its default first: a test run started in the background of a shell inherits it ignored,
            // and .NET (as every Unix program should) keeps an inherited ignored SIGINT ignored.
            var command = new[] { "exec", "env", "--default-signal=INT", dotnet, dll }.Concat(arguments).Select(Quoted);
            foreach (var argument in new[] { "-qef", "-c", string.Join(' ', command), "/dev/null" })
                start.ArgumentList.Add(argument);
        }
        else
        {
            start.ArgumentList.Add(dll);
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
        }
        Directory.CreateDirectory(temp);
        start.Environment["TMPDIR"] = temp;
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var tool = new ToolProcess(System.Diagnostics.Process.Start(start)!);
        tool._process.OutputDataReceived += (_, line) => tool.Append(tool._output, line.Data);
        tool._process.ErrorDataReceived += (_, line) => tool.Append(tool._error, line.Data);
        tool._process.BeginOutputReadLine();
        tool._process.BeginErrorReadLine();
        return tool;
    }

    /// <summary>Runs the tool to its end (killed and failed after <see cref="Patience"/>).</summary>
    public static ToolProcess Run(string workingDirectory, string temp, params string[] arguments)
    {
        var tool = Start(workingDirectory, temp, terminal: false, environment: null, arguments);
        if (tool.WaitForExit(Patience)) return tool;
        var (output, error) = (tool.Output, tool.Error);
        tool.Dispose(); // kills it
        throw new Xunit.Sdk.XunitException($"staticsite {string.Join(' ', arguments)} did not end:\n{output}\n{error}");
    }

    private static string Quoted(string argument) => "'" + argument.Replace("'", "'\\''") + "'";

    private void Append(StringBuilder text, string? line)
    {
        if (line is null) return;
        lock (_lock) text.Append(line).Append('\n');
    }

    /// <summary>Waits for standard output (or the terminal) to show a line matching <paramref name="pattern"/>; its match.</summary>
    public System.Text.RegularExpressions.Match WaitForOutput(string pattern)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            var match = System.Text.RegularExpressions.Regex.Match(Output, pattern);
            if (match.Success) return match;
            if (_process.HasExited) break;
            Thread.Sleep(20);
        }
        throw new Xunit.Sdk.XunitException($"no output matching '{pattern}' (exited: {_process.HasExited}):\n{Output}\n{Error}");
    }

    /// <summary>Waits for <paramref name="condition"/> while the process runs; false when it ended first.</summary>
    public bool WaitWhileRunning(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience && !_process.HasExited)
        {
            if (condition()) return true;
            Thread.Sleep(2);
        }
        return condition();
    }

    /// <summary>Types Ctrl+C at the pseudo-terminal.</summary>
    public void TypeCtrlC()
    {
        _process.StandardInput.Write('\x03');
        _process.StandardInput.Flush();
    }

    public void Signal(int signal) => Assert.Equal(0, kill(_process.Id, signal));

    public const int SigTerm = 15;

    public bool WaitForExit(TimeSpan patience)
    {
        if (!_process.WaitForExit(patience)) return false;
        _process.WaitForExit(); // the rest of the output
        return true;
    }

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Whether a listener could take the port on <paramref name="host"/> now.</summary>
    public static bool PortIsFree(IPAddress host, int port)
    {
        try
        {
            var listener = new TcpListener(host, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The id of a process that has ended (its id is free again, as a killed build's is).</summary>
    public static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) Kill();
        }
        finally
        {
            _process.Dispose();
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}

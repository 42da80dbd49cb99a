using StaticSite.Output;

namespace StaticSite.Cli;

/// <summary>
/// What the console shows when a command ends with an exception. The user's or the machine's causes (a taken
/// port, a folder that cannot be written, a full disk) are one line and exit 1; anything else is a bug in
/// StaticSite, exit 3. The stack trace only with --verbose or STATICSITE_TRACE=1.
/// </summary>
internal static class FailureReport
{
    public const string TraceVariable = "STATICSITE_TRACE";

    public static int Print(Exception exception, bool verbose, TextWriter error)
    {
        var trace = verbose || Environment.GetEnvironmentVariable(TraceVariable) == "1";
        if (exception is CommandFailure || FileSystemFailure.Of(exception) is not null)
        {
            var cause = exception as CommandFailure ?? FileSystemFailure.Of(exception)!;
            error.WriteLine($"error: {cause.Message}");
            if (trace) error.WriteLine(exception);
            return 1;
        }
        error.WriteLine($"internal error: {exception.GetBaseException().Message}");
        error.WriteLine($"This is a bug in StaticSite, not in your files; the previous output is untouched. Run with --verbose or set {TraceVariable}=1 for details.");
        if (trace) error.WriteLine(exception);
        return 3;
    }
}

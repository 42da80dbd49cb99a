namespace StaticSite.Output;

/// <summary>
/// Failures the machine or the editor causes, not StaticSite: a path under a file, a folder without write
/// permission, a read-only or full disk. They reach the editor as one line with the operating system's
/// reason, never as a bug report.
/// </summary>
public static class FileSystemFailure
{
    /// <summary>The file-system exception in <paramref name="exception"/> (itself, or wrapped by parallel work), or null when it is none.</summary>
    public static Exception? Of(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => exception,
        AggregateException all => all.Flatten().InnerExceptions.Select(Of).FirstOrDefault(e => e is not null),
        _ when exception.InnerException is { } inner => Of(inner),
        _ => null,
    };
}

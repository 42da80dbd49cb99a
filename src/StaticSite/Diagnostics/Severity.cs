namespace StaticSite.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

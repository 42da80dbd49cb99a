namespace StaticSite.Cli;

/// <summary>A command that cannot run for a cause outside StaticSite (a taken port, an unusable folder): one line, exit 1.</summary>
internal sealed class CommandFailure(string message) : Exception(message);

namespace StaticSite.Cli;

/// <summary>Why `new` wrote nothing (an invalid id, or something already there).</summary>
internal sealed class ScaffoldException(string message) : Exception(message);

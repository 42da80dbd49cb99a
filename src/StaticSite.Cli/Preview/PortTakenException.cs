namespace StaticSite.Cli.Preview;

/// <summary>Another program (often another preview) listens on the port asked for.</summary>
internal sealed class PortTakenException(int port, Exception inner) : Exception($"port {port} is in use", inner)
{
    public int Port { get; } = port;
}

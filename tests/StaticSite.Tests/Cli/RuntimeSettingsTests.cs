using System.Text.Json;

namespace StaticSite.Tests.Cli;

/// <summary>
/// The tool and the tests run the managed engine without dynamic PGO: with it, .NET 10.0.12's JIT crashed a
/// process that builds again and again (see StaticSite.Cli.csproj). Removing the setting fails here, not in a
/// preview session an hour later.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Theory]
    [InlineData("StaticSite.Cli.runtimeconfig.json")]
    [InlineData("StaticSite.Tests.runtimeconfig.json")]
    public void DynamicPgo_IsOff(string runtimeConfig)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, runtimeConfig)));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty("System.Runtime.TieredPGO", out var pgo), $"{runtimeConfig} does not set System.Runtime.TieredPGO");
        Assert.False(pgo.GetBoolean());
    }
}

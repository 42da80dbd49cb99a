using StaticSite.Output;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

/// <summary>The swap's one step: on Linux (as in CI) two folders trade places whole.</summary>
public sealed class DirectoryExchangeTests : IDisposable
{
    private readonly TempFolder _folder = new("exchange");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TwoFolders_TradePlacesWithTheirContents()
    {
        Assert.True(OperatingSystem.IsLinux(), "the exchange is Linux's; elsewhere the swap takes two renames");
        var (first, second) = (Path.Combine(_folder.Root, "first"), Path.Combine(_folder.Root, "second"));
        Directory.CreateDirectory(Path.Combine(first, "sub"));
        File.WriteAllText(Path.Combine(first, "sub", "a.txt"), "first");
        Directory.CreateDirectory(second);
        File.WriteAllText(Path.Combine(second, "b.txt"), "second");
        Assert.True(DirectoryExchange.TryExchange(first, second));
        Assert.Equal("first", File.ReadAllText(Path.Combine(second, "sub", "a.txt")));
        Assert.Equal("second", File.ReadAllText(Path.Combine(first, "b.txt")));
        Assert.False(File.Exists(Path.Combine(first, "sub", "a.txt")));
    }

    [Fact]
    public void AMissingFolder_IsARealFailure_NotAFallback()
    {
        var missing = Path.Combine(_folder.Root, "missing");
        Directory.CreateDirectory(Path.Combine(_folder.Root, "there"));
        Assert.Throws<IOException>(() => DirectoryExchange.TryExchange(missing, Path.Combine(_folder.Root, "there")));
    }
}

using StaticSite.Output;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Output;

/// <summary>
/// A staged file is the previous site's file, linked, when every byte is the same, and a file of its
/// own otherwise, whatever the point where the bytes part and however they are handed over.
/// </summary>
public sealed class StagedFileStreamTests
{
    // Three 64 KB chunks and a bit: differences before, inside and after a chunk boundary.
    private const int OldLength = 200_000;
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, int> Changes => new()
    {
        { "same", 1 }, { "same", 7_000 },
        { "first byte", 1 }, { "first byte", 7_000 },
        { "middle byte", 1 }, { "middle byte", 7_000 },
        { "last byte", 1 }, { "last byte", 7_000 },
        { "shorter", 1 }, { "shorter", 7_000 },
        { "longer", 1 }, { "longer", 7_000 },
        { "empty", 1 },
        { "no old file", 1 }, { "no old file", 7_000 },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void StagedFile_HoldsTheNewBytes_AndIsALinkOnlyWhenNothingChanged(string change, int writes)
    {
        using var folder = new TempFolder("staged-file");
        var old = Bytes(OldLength);
        var previousFolder = Directory.CreateDirectory(Path.Combine(folder.Root, "output")).FullName;
        var previousPath = Path.Combine(previousFolder, "a/page.html");
        if (change != "no old file")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(previousPath)!);
            File.WriteAllBytes(previousPath, old);
            File.SetLastWriteTimeUtc(previousPath, LongAgo);
        }
        var now = Changed(old, change);
        var staged = Path.Combine(folder.Root, "staging/a/page.html");
        var previous = PreviousSite.In(previousFolder);

        using (var file = new StagedFileStream(staged, previous?.Open("a/page.html"), CreateNew))
        {
            for (var at = 0; at < now.Length; at += now.Length / writes + 1)
                file.Write(now.AsSpan(at, Math.Min(now.Length / writes + 1, now.Length - at)));
            file.Complete();
        }

        Assert.Equal(now, File.ReadAllBytes(staged));
        var linked = File.GetLastWriteTimeUtc(staged) == LongAgo;
        Assert.Equal(change == "same" && HardLinksAreMade, linked);
        if (change != "no old file") Assert.Equal(old, File.ReadAllBytes(previousPath)); // the old site is only read
    }

    [Fact]
    public void WithoutAPreviousSite_TheFileIsWrittenWhole()
    {
        using var folder = new TempFolder("staged-file");
        var staged = Path.Combine(folder.Root, "staging/a/page.html");
        Assert.Null(PreviousSite.In(Path.Combine(folder.Root, "output")));
        using (var file = new StagedFileStream(staged, null, CreateNew))
        {
            file.Write("<p>hello</p>"u8);
            file.Complete();
        }
        Assert.Equal("<p>hello</p>"u8.ToArray(), File.ReadAllBytes(staged));
    }

    [Fact]
    public void ASymbolicLinkInTheOldSite_IsNotMadePartOfTheNewOne()
    {
        using var folder = new TempFolder("staged-file");
        var elsewhere = Path.Combine(folder.Root, "elsewhere.txt");
        File.WriteAllText(elsewhere, "same bytes");
        var previousFolder = Directory.CreateDirectory(Path.Combine(folder.Root, "output")).FullName;
        File.CreateSymbolicLink(Path.Combine(previousFolder, "robots.txt"), elsewhere);
        var previous = PreviousSite.In(previousFolder);
        Assert.Null(previous?.Open("robots.txt"));

        var staged = Path.Combine(folder.Root, "staging/robots.txt");
        using (var file = new StagedFileStream(staged, previous?.Open("robots.txt"), CreateNew))
        {
            file.Write("same bytes"u8);
            file.Complete();
        }
        Assert.Null(new FileInfo(staged).LinkTarget);
        Assert.Equal("same bytes", File.ReadAllText(staged));
    }

    /// <summary>Where hard links are made at all: everywhere but Windows.</summary>
    internal static bool HardLinksAreMade => !OperatingSystem.IsWindows();

    private static Microsoft.Win32.SafeHandles.SafeFileHandle CreateNew(string path) =>
        StagedSite.InFolder(path, p => File.OpenHandle(p, FileMode.CreateNew, FileAccess.Write));

    private static byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Changed(byte[] old, string change)
    {
        var now = (byte[])old.Clone();
        switch (change)
        {
            case "first byte": now[0] ^= 1; break;
            case "middle byte": now[(64 * 1024) + 3] ^= 1; break;
            case "last byte": now[^1] ^= 1; break;
            case "shorter": return old[..150_000];
            case "longer": return [.. old, .. "more"u8];
            case "empty": return [];
        }
        return now;
    }
}

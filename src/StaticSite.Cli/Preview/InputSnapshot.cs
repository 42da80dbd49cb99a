using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticSite.Diagnostics;
using StaticSite.Input;
using StaticSite.Pipeline;

namespace StaticSite.Cli.Preview;

/// <summary>
/// What the input looked like at a build: a hash per transcript, and one hash of everything else
/// (data files, pages, layouts, assets, the theme). Two snapshots tell which transcripts changed,
/// and whether anything else did, in which case a rebuild must render everything.
/// </summary>
internal sealed record InputSnapshot(IReadOnlyDictionary<string, ulong> Transcripts, ulong Everything)
{
    public static InputSnapshot Take(BuildOptions options)
    {
        var input = options.FullPath(options.InputDirectory);
        // The build's own rule for what may be read: a refused link is not read here either (the build reports it).
        var files = new PublicationFiles(options, new DiagnosticBag());
        var transcripts = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (file, _) in files.List(Path.Combine(input, "transcripts"), "*.md", recursive: false))
            transcripts[options.DisplayPath(file)] = XxHash3.HashToUInt64(File.ReadAllBytes(file));
        var everything = new XxHash3();
        foreach (var root in new[] { input, options.FullPath(options.ThemeDirectory) })
        {
            foreach (var (file, _) in files.List(root, "*", recursive: true))
            {
                if (transcripts.ContainsKey(options.DisplayPath(file))) continue;
                everything.Append(MemoryMarshal.AsBytes(file.AsSpan()));
                everything.Append(File.ReadAllBytes(file));
            }
        }
        return new InputSnapshot(transcripts, everything.GetCurrentHashAsUInt64());
    }

    /// <summary>Transcripts added, edited or removed since <paramref name="before"/>.</summary>
    public HashSet<string> ChangedSince(InputSnapshot before)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (source, hash) in Transcripts)
            if (!before.Transcripts.TryGetValue(source, out var old) || old != hash) changed.Add(source);
        foreach (var source in before.Transcripts.Keys)
            if (!Transcripts.ContainsKey(source)) changed.Add(source);
        return changed;
    }
}

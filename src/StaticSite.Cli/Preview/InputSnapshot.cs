using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticSite.Diagnostics;
using StaticSite.Input;
using StaticSite.Pipeline;

namespace StaticSite.Cli.Preview;

/// <summary>
/// What the input looked like at a build: a hash per transcript, and one hash of everything else
/// (data files, pages, layouts, assets, the theme). Two snapshots tell which transcripts changed,
/// and whether anything else did, in which case a rebuild must render everything. A file whose size
/// and last write time are those of the previous snapshot is not read again: a save reads the saved file.
/// </summary>
internal sealed record InputSnapshot(IReadOnlyDictionary<string, ulong> Transcripts, ulong Everything)
{
    // Where the build's transcripts are, as the transcripts' pipeline reads them (Pipeline/SitePipelines).
    private const string TranscriptsFolder = "transcripts";
    private const string TranscriptPattern = "*.md";

    // Every file read, by full path: its size and last write time when hashed, and the hash of its bytes.
    private IReadOnlyDictionary<string, (long Length, DateTime Written, ulong Hash)> Files { get; init; } =
        new Dictionary<string, (long, DateTime, ulong)>();

    /// <summary>The transcripts' hashes by full path, as ParseCache.Key makes them: a build need not read a file it has parsed before to know it.</summary>
    public IReadOnlyDictionary<string, ulong> TranscriptFiles { get; private init; } = new Dictionary<string, ulong>();

    public static InputSnapshot Take(BuildOptions options, InputSnapshot? previous = null)
    {
        var input = options.FullPath(options.InputDirectory);
        // The build's own rule for what may be read: a refused link is not read here either (the build reports it).
        var files = new PublicationFiles(options, new DiagnosticBag());
        var seen = new Dictionary<string, (long, DateTime, ulong)>(StringComparer.Ordinal);
        ulong Hash(string file)
        {
            var info = new FileInfo(file);
            var hash = previous is not null && previous.Files.TryGetValue(file, out var before) && before.Length == info.Length && before.Written == info.LastWriteTimeUtc
                ? before.Hash
                : ParseCache.Key(File.ReadAllBytes(file));
            seen[file] = (info.Length, info.LastWriteTimeUtc, hash);
            return hash;
        }
        var transcripts = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var transcriptFiles = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (file, _) in files.List(Path.Combine(input, TranscriptsFolder), TranscriptPattern, recursive: false))
            transcripts[options.DisplayPath(file)] = transcriptFiles[file] = Hash(file);
        var everything = new XxHash3();
        foreach (var root in new[] { input, options.FullPath(options.ThemeDirectory) })
        {
            foreach (var (file, _) in files.List(root, "*", recursive: true))
            {
                if (transcriptFiles.ContainsKey(file)) continue;
                everything.Append(MemoryMarshal.AsBytes(file.AsSpan()));
                var hash = Hash(file);
                everything.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<ulong>(in hash)));
            }
        }
        return new InputSnapshot(transcripts, everything.GetCurrentHashAsUInt64()) { Files = seen, TranscriptFiles = transcriptFiles };
    }

    /// <summary>
    /// This snapshot after changes to these files alone (full paths, as the folder watcher names them), looking at no
    /// other file: when every one is a transcript directly in the transcripts folder, a plain file or gone, or a file
    /// that came and went between the snapshots. Null for anything else (a data file, a layout, a folder, a link), which
    /// a whole snapshot (<see cref="Take"/>) must weigh.
    /// </summary>
    public static InputSnapshot? After(InputSnapshot previous, BuildOptions options, IReadOnlySet<string> touched)
    {
        var folder = Path.Combine(options.FullPath(options.InputDirectory), TranscriptsFolder);
        var transcripts = new Dictionary<string, ulong>(previous.Transcripts, StringComparer.Ordinal);
        var transcriptFiles = new Dictionary<string, ulong>(previous.TranscriptFiles, StringComparer.Ordinal);
        var files = new Dictionary<string, (long Length, DateTime Written, ulong Hash)>(previous.Files, StringComparer.Ordinal);
        foreach (var path in touched)
        {
            if (Path.GetDirectoryName(path) != folder || !PublicationFiles.Matches(TranscriptPattern, Path.GetFileName(path)))
            {
                if (CameAndWent(previous, path)) continue;
                return null;
            }
            var info = new FileInfo(path);
            if (info.LinkTarget is not null || Directory.Exists(path)) return null;
            var source = options.DisplayPath(path);
            byte[] bytes;
            try
            {
                bytes = info.Exists ? File.ReadAllBytes(path) : [];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null; // gone or locked since the event: the whole snapshot says what is there
            }
            if (!info.Exists)
            {
                transcripts.Remove(source);
                transcriptFiles.Remove(path);
                files.Remove(path);
                continue;
            }
            var hash = ParseCache.Key(bytes);
            transcripts[source] = transcriptFiles[path] = hash;
            files[path] = (info.Length, info.LastWriteTimeUtc, hash);
        }
        return new InputSnapshot(transcripts, previous.Everything) { Files = files, TranscriptFiles = transcriptFiles };
    }

    // A path neither there now nor read for the previous snapshot, nor a folder of a file that was (an editor's temporary
    // file, written and renamed over a transcript): nothing a build reads came or went with it.
    private static bool CameAndWent(InputSnapshot previous, string path) =>
        !File.Exists(path) && !Directory.Exists(path)
        && !previous.Files.Keys.Any(file => PublicationFiles.Contains(path, file));

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

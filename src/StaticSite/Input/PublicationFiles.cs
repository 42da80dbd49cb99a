using System.IO.Enumeration;
using StaticSite.Diagnostics;
using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>
/// The one place that decides which files a build may read: those inside the input and theme
/// folders. A symbolic link is followed only when its final target, every link on the way resolved,
/// is inside one of them; a link out of them (a pull request's <c>assets/x → /etc/hostname</c>) is an
/// error at the link, naming its target, and a broken link or a loop is one too, as a build from an
/// untrusted pull request must never publish or hang on a runner's files.
/// </summary>
public sealed class PublicationFiles
{
    // As Linux's own limit on links followed while resolving one path (ELOOP).
    private const int MaxLinkHops = 40;

    private readonly string[] _roots;
    private readonly BuildOptions _options;
    private readonly DiagnosticBag _diagnostics;

    public PublicationFiles(BuildOptions options, DiagnosticBag diagnostics)
    {
        _options = options;
        _diagnostics = diagnostics;
        _roots = [.. new[] { options.InputDirectory, options.ThemeDirectory }
            .Select(folder => RealPath(options.FullPath(folder)) ?? options.FullPath(folder))];
    }

    /// <summary>The build's one instance (<see cref="BuildContext.Service{T}"/>).</summary>
    public static PublicationFiles Of(BuildContext context) => new(context.Options, context.Diagnostics);

    /// <summary>
    /// The files under <paramref name="folder"/> whose names match <paramref name="pattern"/>, with their
    /// paths relative to it ('/'), ordered by that; a link is listed at its own place. Hidden entries
    /// (a name starting with '.') are left out, unlooked at, with <paramref name="skipHidden"/>.
    /// </summary>
    public IReadOnlyList<(string FullPath, string Relative)> List(string folder, string pattern, bool recursive, bool skipHidden = false)
    {
        var found = new List<(string, string)>();
        if (!Directory.Exists(folder) || Follow(folder) is not { } real) return found;
        Walk(folder, real, "", pattern, recursive, skipHidden, [real], found);
        found.Sort((a, b) => string.CompareOrdinal(a.Item2, b.Item2));
        return found;
    }

    /// <summary>Whether a file's name matches a pattern such as "*.md" as a listing matches it (in its case, but on Windows).</summary>
    public static bool Matches(string pattern, string name) => FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: OperatingSystem.IsWindows());

    /// <summary>Whether one named file may be read (a data file); false after reporting a link that may not be followed.</summary>
    public bool MayRead(string file) => Follow(file) is not null;

    private void Walk(string folder, string realFolder, string relative, string pattern, bool recursive, bool skipHidden,
        List<string> ancestors, List<(string, string)> found)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (skipHidden && entry.Name.StartsWith('.')) continue;
            var matches = Matches(pattern, entry.Name);
            // A link the build would not read either way (another kind of file) is left alone.
            if (entry.LinkTarget is not null && !matches && !(recursive && Directory.Exists(entry.FullName))) continue;
            var real = entry.LinkTarget is null ? Path.Combine(realFolder, entry.Name) : Follow(entry.FullName);
            if (real is null) continue;
            var name = relative + entry.Name;
            if (Directory.Exists(real))
            {
                if (!recursive) continue;
                if (ancestors.Any(a => Contains(real, a)))
                {
                    Refuse(entry.FullName, $"the symbolic link to '{entry.LinkTarget}' leads back into a folder that contains it (a loop); remove the link", DiagnosticCodes.UnfollowableLink);
                    continue;
                }
                ancestors.Add(real);
                Walk(entry.FullName, real, name + "/", pattern, recursive, skipHidden, ancestors, found);
                ancestors.RemoveAt(ancestors.Count - 1);
            }
            else if (matches)
            {
                found.Add((entry.FullName, name));
            }
        }
    }

    // The real path of a file or folder the build may read, or null after reporting why not.
    private string? Follow(string path)
    {
        var real = RealPath(path);
        var target = new FileInfo(path).LinkTarget ?? path;
        if (real is null || !(File.Exists(real) || Directory.Exists(real)))
        {
            Refuse(path, $"the symbolic link to '{target}' leads nowhere (its target is missing, or the links make a loop); remove the link or restore its target", DiagnosticCodes.UnfollowableLink);
            return null;
        }
        if (_roots.Any(root => Contains(root, real))) return real;
        Refuse(path, $"the symbolic link to '{target}' leads outside the input and theme folders; a build reads only files inside them, so copy the file into the publication instead");
        return null;
    }

    private void Refuse(string path, string message, string code = DiagnosticCodes.LinkOutsidePublication) =>
        _diagnostics.Error(SourceLocation.File(_options.DisplayPath(path)), code, message);

    /// <summary>Whether <paramref name="path"/>, every symbolic link on the way followed, is <paramref name="folder"/> or inside it (the preview's files).</summary>
    public static bool LeadsInside(string folder, string path) =>
        RealPath(path) is { } real && RealPath(folder) is { } realFolder && Contains(realFolder, real);

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it, by their text alone (no link followed).</summary>
    public static bool Contains(string folder, string path) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="path"/> with every symbolic link along it resolved, component by component
    /// (a link's target may itself pass through linked folders, which
    /// <see cref="FileSystemInfo.ResolveLinkTarget(bool)"/> leaves as they are); null past <see cref="MaxLinkHops"/> links.
    /// </summary>
    internal static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var rest = new Stack<string>();
        PushParts(rest, full);
        var hops = 0;
        while (rest.TryPop(out var part))
        {
            // ".." is taken from the real folder reached so far, as the kernel does, never cancelled in the text of a target.
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) return null;
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
            PushParts(rest, target);
        }
        return current;
    }

    private static void PushParts(Stack<string> rest, string path)
    {
        var parts = path[Path.GetPathRoot(path)!.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--) rest.Push(parts[i]);
    }
}

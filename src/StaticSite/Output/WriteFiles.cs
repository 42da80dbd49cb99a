using System.Text;
using StaticSite.Input;
using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// Writes the whole site into a fresh folder beside output/, then swaps it in, so that a failed
/// or interrupted build never leaves a half-written site where the last good one was.
/// </summary>
public sealed class WriteFiles : IModule
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        if (context.Options.DryRun) return inputs;
        var output = context.Options.FullPath(context.Options.OutputDirectory);
        if (OutputFolderGuard.Refusal(context.Options, output) is not null)
            throw new InvalidOperationException("the output folder should have been refused before the build started"); // SiteBuilder checks first
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);

        var documents = inputs.Where(d => d.Destination.Length > 0)
            .GroupBy(d => d.Destination, StringComparer.Ordinal).Select(g => g.Last()) // an input/ page may not shadow; later pipelines win
            .ToList();
        Parallel.ForEach(documents, document =>
        {
            var target = Path.GetFullPath(Path.Combine(staging, document.Destination));
            if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidOperationException($"destination '{document.Destination}' escapes the output folder"); // a bug: destinations are built from checked ids
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (document.Find<string>(MetadataKeys.FullPath) is { } file && document.Content.Length == 0 && document.Metadata.ContainsKey(MetadataKeys.CopyFile))
                File.Copy(file, target, overwrite: true);
            else File.WriteAllText(target, document.Content, _utf8);
        });
        File.WriteAllText(Path.Combine(staging, ".nojekyll"), "", _utf8);
        Swap(staging, output);
        return inputs;
    }

    // Rename the old site aside, the new one in, then delete the old: the window without a site is two renames.
    private static void Swap(string staging, string output)
    {
        var old = staging + ".old";
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(output)) Directory.Move(output, old);
        Directory.Move(staging, output);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }
}

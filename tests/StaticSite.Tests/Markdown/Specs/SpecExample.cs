using StaticSite.Tests.Support;

namespace StaticSite.Tests.Markdown.Specs;

/// <summary>
/// One example of a spec file: Markdown in, expected output out, in the format of the CommonMark spec
/// that Markdig's own specs use. A fence of 32 backticks with the info string <c>example &lt;kind&gt;
/// [options]</c> holds the Markdown, a line with a single '.', and the expected output; text outside
/// the fences explains the feature.
/// </summary>
/// <param name="Kind"><c>transcript</c>, <c>page</c> or <c>field</c>: how the converter reads the Markdown.</param>
/// <param name="Options"><c>raw_html</c> (site.yml allows raw HTML), <c>base=/repo/</c> (the site's base path).</param>
internal sealed record SpecExample(string File, int Number, int Line, string Kind, IReadOnlyList<string> Options, string Markdown, string Expected)
{
    public const string Fence = "````````````````````````````````";

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "StaticSite.Tests", "Markdown", "Specs");

    public static IReadOnlyList<SpecExample> Read(string file)
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(Folder, file));
        var examples = new List<SpecExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Fence + " example", StringComparison.Ordinal)) continue;
            var info = lines[i][(Fence.Length + " example".Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = i + 1;
            var dot = Array.IndexOf(lines, ".", start);
            var end = Array.IndexOf(lines, Fence, start);
            if (info.Length == 0 || dot < 0 || end < dot)
            {
                throw new InvalidDataException($"{file}({i + 1}): an example needs a kind, its Markdown, a line '.', its output and a closing fence");
            }
            examples.Add(new SpecExample(file, examples.Count + 1, i + 1, info[0], info[1..], Join(lines[start..dot]), Join(lines[(dot + 1)..end])));
            i = end;
        }
        return examples;
    }

    private static string Join(string[] lines) => lines.Length == 0 ? "" : string.Join('\n', lines) + "\n";
}

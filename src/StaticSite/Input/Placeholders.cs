using System.Text;
using StaticSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Input;

/// <summary>
/// The text `new` writes for the editor to replace starts with <see cref="Mark"/>; each one left in
/// a YAML value or a document's body is warned about at its line (an error under --strict), so a
/// skeleton never publishes silently.
/// </summary>
public static class Placeholders
{
    public const string Mark = "TODO:";

    private static readonly byte[] _mark = Encoding.UTF8.GetBytes(Mark);

    /// <summary>Every scalar of a YAML document that starts with the mark; <paramref name="lineOffset"/> as in <see cref="YamlMappingReader"/>.</summary>
    public static void Report(YamlNode root, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        // Each node once: an alias is one more reference to its node, and YamlNode.AllNodes, which walks
        // every reference, takes exponential time over nested aliases ("billion laughs").
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node)) continue;
            switch (node)
            {
                case YamlScalarNode { Value: { } value } when value.StartsWith(Mark, StringComparison.Ordinal):
                    Warn(new SourceLocation(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column), value, diagnostics);
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children) pending.Push(item);
                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(value);
                        pending.Push(key);
                    }
                    break;
            }
        }
    }

    /// <summary>Every mark in a document's body (UTF-8, '\n' line ends) whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static void Report(ReadOnlySpan<byte> body, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var line = firstLine;
        var counted = 0; // line ends before here are in line
        for (var at = body.IndexOf(_mark); at >= 0; at = Next(body, at))
        {
            line += body[counted..at].Count((byte)'\n');
            counted = at;
            var lineStart = body[..at].LastIndexOf((byte)'\n') + 1;
            var lineEnd = body[at..].IndexOf((byte)'\n') is var end and >= 0 ? at + end : body.Length;
            var column = Encoding.UTF8.GetCharCount(body[lineStart..at]) + 1;
            Warn(new SourceLocation(path, line, column), Encoding.UTF8.GetString(body[at..lineEnd]), diagnostics);
        }
    }

    private static int Next(ReadOnlySpan<byte> body, int at) =>
        body[(at + 1)..].IndexOf(_mark) is var next and >= 0 ? at + 1 + next : -1;

    private static void Warn(SourceLocation at, string text, DiagnosticBag diagnostics) =>
        diagnostics.Warning(at, DiagnosticCodes.PlaceholderLeft,
            $"placeholder left from `new`: '{text.Trim()}'; write the real text in its place");
}

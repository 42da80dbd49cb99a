using StaticSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Input;

/// <summary>Parses YAML text into a <see cref="YamlMapping"/>, turning YamlDotNet's exceptions into diagnostics at the file's line and column.</summary>
public static class YamlMappingReader
{
    /// <summary>Parses YAML text whose first line is line <paramref name="lineOffset"/> + 1 of the file; null after reporting when it is not a mapping.</summary>
    public static YamlMapping? Read(string text, string path, int lineOffset, DiagnosticBag diagnostics, bool emptyIsMapping = true)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            var duplicate = e.InnerException?.Message ?? e.Message;
            var isDuplicate = duplicate.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase);
            // Some scanner errors (a tab as indentation) carry no position; the scanner stopped where it found the fault.
            var at = e.Start.Index == 0 && e.End.Index == 0 ? scanner.CurrentPosition : e.Start;
            diagnostics.Error(new SourceLocation(path, (int)at.Line + lineOffset, (int)at.Column),
                isDuplicate ? DiagnosticCodes.DuplicateId : DiagnosticCodes.MalformedYaml,
                isDuplicate ? "the same key appears twice in this mapping" : $"malformed YAML: {Describe(e)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException when the text ends inside a flow collection.
            var lastLine = text.TrimEnd('\n').Count(c => c == '\n') + 1;
            diagnostics.Error(new SourceLocation(path, lastLine + lineOffset, 1), DiagnosticCodes.MalformedYaml,
                "malformed YAML: the text ends inside a list or mapping; close every '[' with ']' and every '{' with '}'");
            return null;
        }
        if (stream.Documents.Count > 0) Placeholders.Report(stream.Documents[0].RootNode, path, lineOffset, diagnostics);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return emptyIsMapping ? new YamlMapping(new YamlMappingNode(), path, lineOffset, diagnostics) : null;
        }
        if (stream.Documents[0].RootNode is YamlMappingNode mapping) return new YamlMapping(mapping, path, lineOffset, diagnostics);
        var root = stream.Documents[0].RootNode;
        diagnostics.Error(new SourceLocation(path, (int)root.Start.Line + lineOffset, (int)root.Start.Column),
            DiagnosticCodes.WrongValueType, "expected a mapping of 'key: value' lines here");
        return null;
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes messages with "(Line: x, Col: y, ...): "; the position is already in the diagnostic.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}

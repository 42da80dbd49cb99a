using System.Text;
using StaticSite.Diagnostics;

namespace StaticSite.Input;

/// <summary>Reads editors' text files: strict UTF-8 (a wrong encoding is reported, not guessed), BOM dropped, line endings made '\n'.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(fullPath);
        return Decode(bytes, displayPath, diagnostics);
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        try
        {
            var text = _strictUtf8.GetString(bytes);
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes, e.Index);
            diagnostics.Error(new SourceLocation(displayPath, line, column), DiagnosticCodes.NotUtf8,
                "file is not valid UTF-8; save it with UTF-8 encoding");
            return null;
        }
    }

    // Line and column of the first bad byte, counting lines by '\n' bytes before it.
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (line, index - lastNewline);
    }
}

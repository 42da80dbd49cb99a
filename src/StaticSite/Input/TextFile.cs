using System.Text;
using System.Text.Unicode;
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

    /// <summary>
    /// The same text as <see cref="Decode"/>, left as UTF-8 in place: BOM dropped, line endings made
    /// '\n'. False after reporting bytes that are not UTF-8 (where, as Decode reports it).
    /// </summary>
    public static bool TryNormalize(Span<byte> bytes, string displayPath, DiagnosticBag diagnostics, out Span<byte> text)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        // Utf8.IsValid accepts what the strict decoder accepts; Decode, which reads invalid bytes only
        // to say where they are, stays the one place that reports them.
        if (!Utf8.IsValid(bytes) && Decode(bytes, displayPath, diagnostics) is null)
        {
            text = default;
            return false;
        }
        text = WithNewlines(bytes);
        return true;
    }

    // "\r\n" and a lone '\r' become '\n', as in Decode; neither byte occurs inside a multi-byte character.
    private static Span<byte> WithNewlines(Span<byte> bytes)
    {
        var first = bytes.IndexOf((byte)'\r');
        if (first < 0) return bytes;
        var length = first;
        for (var i = first; i < bytes.Length; i++)
        {
            if (bytes[i] != '\r') bytes[length++] = bytes[i];
            else if (i + 1 == bytes.Length || bytes[i + 1] != '\n') bytes[length++] = (byte)'\n';
        }
        return bytes[..length];
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

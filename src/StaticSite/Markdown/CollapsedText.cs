using System.Buffers;

namespace StaticSite.Markdown;

/// <summary>
/// Text appended with every whitespace run made one space and none at either end (what splitting
/// into words and joining them gives), in a pooled buffer: collapsing while appending needs no
/// builder of the raw text and no second pass over it. Dispose returns the buffer.
/// </summary>
internal sealed class CollapsedText(int capacity) : IDisposable
{
    // Whitespace other than the plain space, exactly as char.IsWhiteSpace has it.
    private static readonly SearchValues<char> _otherWhitespace =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    private char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
    private int _length;
    private bool _pendingSpace;

    public ReadOnlySpan<char> Chars => _buffer.AsSpan(0, _length);

    public void Append(ReadOnlySpan<char> text)
    {
        // Room for every character and one pending space up front, so the loop never has to grow the buffer.
        if (_length + text.Length + 1 > _buffer.Length)
        {
            Grow(_length + text.Length + 1);
        }
        if (IsCollapsed(text))
        {
            // Words with single spaces between them, as most of a transcript's text is: copied as they are.
            if (_pendingSpace && _length > 0) _buffer[_length++] = ' ';
            text.CopyTo(_buffer.AsSpan(_length));
            _length += text.Length;
            _pendingSpace = false;
            return;
        }
        var buffer = _buffer;
        var length = _length;
        var pendingSpace = _pendingSpace;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }
            buffer[length++] = c;
        }
        _length = length;
        _pendingSpace = pendingSpace;
    }

    public void Append(char c) => Append(new ReadOnlySpan<char>(in c));

    // Text that collapsing leaves as it is: not empty, no space at either end, no two spaces together, no other whitespace.
    private static bool IsCollapsed(ReadOnlySpan<char> text) =>
        !text.IsEmpty && text[0] != ' ' && text[^1] != ' ' && !text.ContainsAny(_otherWhitespace) && !text.Contains("  ", StringComparison.Ordinal);

    public override string ToString() => new(Chars);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        Chars.CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}

using System.Buffers;

namespace StaticSite.Markdown;

/// <summary>
/// Text appended with every whitespace run made one space and none at either end (what splitting
/// into words and joining them gives), in a pooled buffer: collapsing while appending needs no
/// builder of the raw text and no second pass over it. Dispose returns the buffer.
/// </summary>
internal sealed class CollapsedText(int capacity) : IDisposable
{
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

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
        foreach (var c in text)
        {
            Append(c);
        }
    }

    public void Append(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            _pendingSpace = _length > 0;
            return;
        }
        if (_length + 2 > _buffer.Length)
        {
            Grow();
        }
        if (_pendingSpace)
        {
            _buffer[_length++] = ' ';
            _pendingSpace = false;
        }
        _buffer[_length++] = c;
    }

    public override string ToString() => new(Chars);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Grow()
    {
        var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
        Chars.CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}

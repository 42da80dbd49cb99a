using System.Buffers;
using System.Text;

namespace StaticSite.Markdown;

/// <summary>
/// The UTF-8 of one transcript's turns, their HTML and plain text, in one array: turns are kept as UTF-8, so their
/// text and HTML never need to become strings. Written into a pooled buffer while the transcript is parsed, then
/// copied once at its exact size (<see cref="Seal"/>) where the collector never moves it, the pinned object heap.
/// </summary>
/// <remarks>
/// The turns live to the end of the build: allocated as usual, their bytes were copied from one generation to the
/// next while the collector paused the build. Pinned, an array for
/// each turn's HTML and another for its text made 70,000 allocations on the pinned heap, each of which takes its
/// lock and searches its free list, so a transcript has one array (see docs/performance.md, series H and K).
/// </remarks>
internal sealed class TurnBytes
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _length;
    private bool _sealed;

    /// <summary>Appends exactly the bytes Encoding.UTF8.GetBytes gives for the same characters as a string; returns where they are.</summary>
    public Range Append(ReadOnlySpan<char> text)
    {
        if (_sealed) throw new InvalidOperationException("a sealed transcript's bytes cannot grow");
        var count = Encoding.UTF8.GetByteCount(text);
        if (_bytes.Length - _length < count)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_length + count, 2 * _bytes.Length));
            _bytes.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
        var start = _length;
        _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(start));
        return start.._length;
    }

    public Range Append(StringBuilder text)
    {
        // The builder may hold its text in several chunks; a pooled copy makes it one span to encode.
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(0, chars, text.Length);
            return Append(chars.AsSpan(0, text.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The bytes at <paramref name="range"/>, to read now (before sealing, they are in the pooled buffer).</summary>
    public ReadOnlySpan<byte> Span(Range range) => _bytes.AsSpan(0, _length)[range];

    /// <summary>The bytes at <paramref name="range"/>, to keep: only once sealed, since the pooled buffer goes back to its pool.</summary>
    public ReadOnlyMemory<byte> Memory(Range range) =>
        _sealed ? _bytes.AsMemory(range) : throw new InvalidOperationException("a transcript's bytes are kept only once sealed");

    /// <summary>Ends the transcript: its bytes move to their own exact array, and the pooled buffer goes back.</summary>
    public void Seal()
    {
        if (_sealed) return;
        var kept = _length == 0 ? [] : GC.AllocateUninitializedArray<byte>(_length, pinned: true);
        _bytes.AsSpan(0, _length).CopyTo(kept);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = kept;
        _sealed = true;
    }
}

using System.Buffers;
using System.Text;

namespace StaticSite.Rendering;

/// <summary>
/// A TextWriter into a growable char buffer that is reused page after page on one thread, so
/// rendering a page does not allocate the page again as StringBuilder chunks and a final string.
/// </summary>
public sealed class CharBuffer : TextWriter
{
    private readonly ArrayBufferWriter<char> _buffer = new(64 * 1024);

    public override Encoding Encoding => Encoding.UTF8;

    public ReadOnlySpan<char> WrittenSpan => _buffer.WrittenSpan;

    /// <summary>
    /// True once the buffer has grown past what ordinary pages need: a thread keeps its buffer from
    /// page to page, and one that held a site's largest index page (megabytes at 5,000 transcripts)
    /// should be let go rather than kept for the rest of the build.
    /// </summary>
    public bool IsOversized => _buffer.Capacity > OrdinaryPage;

    private const int OrdinaryPage = 1024 * 1024;

    public void Reset() => _buffer.ResetWrittenCount();

    public override void Write(char value)
    {
        Reserve(1);
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        _buffer.Write(buffer);
    }

    public override void Write(string? value) => Write(value.AsSpan());

    // Grows four times over rather than doubling: every outgrown array is garbage on the large object
    // heap until the next full collection, and doubling up to a large index page (megabytes at 5,000
    // transcripts) left twice that page behind in each of a thread's two buffers.
    private void Reserve(int count)
    {
        if (_buffer.FreeCapacity < count) _buffer.GetSpan(Math.Max(count, _buffer.Capacity * 3));
    }

    public override string ToString() => new(WrittenSpan);

    // TextWriter's own async methods hand each write to the thread pool; Fluid writes asynchronously,
    // so without these every page hopped threads hundreds of times (measured: every render went async).
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer.AsSpan(index, count));
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;
}

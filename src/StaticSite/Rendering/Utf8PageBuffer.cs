using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace StaticSite.Rendering;

/// <summary>
/// A TextWriter that keeps a page as the UTF-8 it is written to disk in, in a buffer reused page after page on one
/// thread. Text is encoded as it is written; HTML already held as UTF-8 (turns, excerpts) is copied in as it is,
/// never decoded, and JSON-LD is serialized straight into it. A page used to be rendered as characters, its UTF-8
/// decoded into them, and the whole page encoded again to be written.
/// </summary>
public sealed class Utf8PageBuffer : TextWriter, IBufferWriter<byte>
{
    private const int OrdinaryPage = 1024 * 1024;

    // Long text is encoded a chunk at a time, so that the space reserved for it stays bounded.
    private const int CharChunk = 16 * 1024;

    private static readonly byte[] _replacement = [0xEF, 0xBF, 0xBD];

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    // A high surrogate that ended the last write: its low surrogate may start the next one.
    private char _pendingHigh;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>The page so far, as UTF-8 (a surrogate left unpaired at the end becomes U+FFFD, as UTF8Encoding makes it).</summary>
    public ReadOnlySpan<byte> WrittenSpan
    {
        get
        {
            EndPendingSurrogate();
            return _buffer.WrittenSpan;
        }
    }

    /// <summary>
    /// True once the buffer has grown past what ordinary pages need: a thread keeps its buffer from
    /// page to page, and one that held a site's largest index page (megabytes at 5,000 transcripts)
    /// should be let go rather than kept for the rest of the build.
    /// </summary>
    public bool IsOversized => _buffer.Capacity > OrdinaryPage;

    public void Reset()
    {
        _buffer.ResetWrittenCount();
        _pendingHigh = '\0';
    }

    /// <summary>Copies in UTF-8 that is already the page's text (valid UTF-8, as every string the build encodes is).</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        EndPendingSurrogate();
        Reserve(utf8.Length);
        _buffer.Write(utf8);
    }

    /// <summary>Writes UTF-8 text encoded for HTML by <paramref name="encoder"/>, without decoding it.</summary>
    public void WriteEncodedUtf8(ReadOnlySpan<byte> utf8, TextEncoder encoder)
    {
        EndPendingSurrogate();
        while (true)
        {
            // An encoded character is at most a numeric reference of a few bytes per source byte.
            Reserve(Math.Min(utf8.Length, CharChunk) * 8 + 16);
            var status = encoder.EncodeUtf8(utf8, _buffer.GetSpan(), out var read, out var written, isFinalBlock: true);
            _buffer.Advance(written);
            utf8 = utf8[read..];
            if (status != OperationStatus.DestinationTooSmall) return;
        }
    }

    // As an IBufferWriter, for serializers that write UTF-8 themselves (JSON-LD, see JsonLdValue): straight into the page.
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        EndPendingSurrogate();
        Reserve(Math.Max(sizeHint, 1));
        return _buffer.GetSpan(sizeHint);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        EndPendingSurrogate();
        Reserve(Math.Max(sizeHint, 1));
        return _buffer.GetMemory(sizeHint);
    }

    public void Advance(int count) => _buffer.Advance(count);

    public override void Write(char value)
    {
        if (value < 0x80 && _pendingHigh == '\0')
        {
            Reserve(1);
            _buffer.GetSpan(1)[0] = (byte)value;
            _buffer.Advance(1);
            return;
        }
        Write(new ReadOnlySpan<char>(in value));
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty) return;
        if (_pendingHigh != '\0')
        {
            var high = _pendingHigh;
            _pendingHigh = '\0';
            if (char.IsLowSurrogate(chars[0]))
            {
                Encode([high, chars[0]]);
                chars = chars[1..];
            }
            else
            {
                WriteReplacement();
            }
        }
        while (!chars.IsEmpty)
        {
            var chunk = chars.Length > CharChunk ? chars[..CharChunk] : chars;
            // Not the final block: a high surrogate that ends the text is left unread, for the next write to pair.
            var read = Encode(chunk, isFinalBlock: false);
            if (read == 0)
            {
                _pendingHigh = chars[0];
                return;
            }
            chars = chars[read..];
        }
    }

    // Fluid writes asynchronously; without these, TextWriter hands every write to the thread pool.
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

    public override string ToString() => Encoding.UTF8.GetString(WrittenSpan);

    // Encodes chars (lone surrogates as U+FFFD); returns how many were read: all but a high surrogate that
    // ends a block that is not final.
    private int Encode(ReadOnlySpan<char> chars, bool isFinalBlock = true)
    {
        Reserve(chars.Length * 3);
        Utf8.FromUtf16(chars, _buffer.GetSpan(chars.Length * 3), out var read, out var written, replaceInvalidSequences: true, isFinalBlock);
        _buffer.Advance(written);
        return read;
    }

    private void EndPendingSurrogate()
    {
        if (_pendingHigh == '\0') return;
        _pendingHigh = '\0';
        WriteReplacement();
    }

    private void WriteReplacement()
    {
        Reserve(_replacement.Length);
        _buffer.Write(_replacement);
    }

    // Grows four times over rather than doubling: every outgrown array is garbage on the large object
    // heap until the next full collection, and doubling up to a large index page (megabytes at 5,000
    // transcripts) left twice that page behind in each of a thread's two buffers.
    private void Reserve(int count)
    {
        if (_buffer.FreeCapacity < count) _buffer.GetSpan(Math.Max(count, _buffer.Capacity * 3));
    }
}

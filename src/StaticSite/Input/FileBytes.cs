using System.Buffers;

namespace StaticSite.Input;

/// <summary>
/// A file's bytes in a pooled buffer, for a file that is parsed and let go (transcripts, pages):
/// reading into a new array for every file made garbage the size of the whole input. Dispose
/// returns the buffer; the bytes may be changed in place (line endings, see <see cref="TextFile"/>).
/// </summary>
public sealed class FileBytes : IDisposable
{
    private byte[] _buffer;
    private readonly int _length;

    private FileBytes(byte[] buffer, int length) => (_buffer, _length) = (buffer, length);

    public Span<byte> Bytes => _buffer.AsSpan(0, _length);

    public static FileBytes Read(string fullPath)
    {
        using var handle = File.OpenHandle(fullPath);
        // One more byte than the file's length, so the read that finds the end needs no larger buffer;
        // a file that grew since is still read to its end.
        var buffer = ArrayPool<byte>.Shared.Rent(checked((int)RandomAccess.GetLength(handle) + 1));
        var length = 0;
        try
        {
            while (RandomAccess.Read(handle, buffer.AsSpan(length), length) is var read and > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan().CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        return new FileBytes(buffer, length);
    }

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}

using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace StaticSite.Output;

/// <summary>
/// Writes one file into the staging folder. While what is written matches the previous site's file,
/// it is only compared; when the whole file matched, the staged file is a link to the old one (see
/// <see cref="PreviousSite"/>). At the first difference the file is created, the part that matched
/// is copied from the old file, and writing goes on from there. Nothing is held in memory, so a
/// 100 MB search index costs what it did.
/// </summary>
internal sealed class StagedFileStream(string path, PreviousFile? previous, Func<string, SafeFileHandle> createNew) : Stream
{
    private const int ChunkSize = 64 * 1024;

    private PreviousFile? _previous = previous;
    private readonly long _previousLength = previous is null ? 0 : RandomAccess.GetLength(previous.Handle);
    private SafeFileHandle? _file;
    private long _length; // bytes written so far, compared or not

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_previous is not null && Matches(buffer))
        {
            _length += buffer.Length;
            return;
        }
        RandomAccess.Write(NewFile(), buffer, _length);
        _length += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>Ends the file: links it when every byte matched the old one, else makes sure it exists.</summary>
    public void Complete()
    {
        if (_previous is not null && _length == _previousLength && _previous.TryLinkAs(path)) return;
        NewFile();
    }

    private bool Matches(ReadOnlySpan<byte> buffer)
    {
        if (_length + buffer.Length > _previousLength) return false;
        var chunk = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length, ChunkSize));
        try
        {
            for (var done = 0; done < buffer.Length;)
            {
                var read = RandomAccess.Read(_previous!.Handle, chunk.AsSpan(0, Math.Min(chunk.Length, buffer.Length - done)), _length + done);
                if (read == 0 || !chunk.AsSpan(0, read).SequenceEqual(buffer.Slice(done, read))) return false;
                done += read;
            }
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    // The first byte that differs: from here on this is a new file, which starts with what matched.
    private SafeFileHandle NewFile()
    {
        if (_file is not null) return _file;
        _file = createNew(path);
        if (_previous is { } previous)
        {
            CopyMatchedPart(previous.Handle, _file, _length);
            previous.Dispose();
            _previous = null;
        }
        return _file;
    }

    private void CopyMatchedPart(SafeFileHandle from, SafeFileHandle to, long length)
    {
        if (length == 0) return;
        var chunk = ArrayPool<byte>.Shared.Rent((int)Math.Min(length, ChunkSize));
        try
        {
            for (long done = 0; done < length;)
            {
                var read = RandomAccess.Read(from, chunk.AsSpan(0, (int)Math.Min(chunk.Length, length - done)), done);
                if (read == 0) throw new IOException($"the previous site's file shrank while it was being read ({path})");
                RandomAccess.Write(to, chunk.AsSpan(0, read), done);
                done += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _previous?.Dispose();
            _file?.Dispose();
        }
        base.Dispose(disposing);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

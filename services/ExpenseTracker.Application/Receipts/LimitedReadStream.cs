namespace ExpenseTracker.Application.Receipts;

/// <summary>
/// Reads bytes already taken from a stream (its header, read to recognise it) and then the rest of it, counting, and
/// fails with <see cref="ContentTooLargeException"/> as soon as more than the limit has been read.
/// </summary>
internal sealed class LimitedReadStream(ReadOnlyMemory<byte> prefix, Stream rest, long limit) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        if (!_prefix.IsEmpty)
        {
            read = Math.Min(buffer.Length, _prefix.Length);
            _prefix[..read].CopyTo(buffer);
            _prefix = _prefix[read..];
        }
        else
        {
            read = await rest.ReadAsync(buffer, cancellationToken);
        }

        return Count(read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (!_prefix.IsEmpty)
        {
            var fromPrefix = Math.Min(count, _prefix.Length);
            _prefix.Span[..fromPrefix].CopyTo(buffer.AsSpan(offset, fromPrefix));
            _prefix = _prefix[fromPrefix..];
            return Count(fromPrefix);
        }

        return Count(rest.Read(buffer, offset, count));
    }

    private int Count(int read)
    {
        BytesRead += read;
        return BytesRead > limit ? throw new ContentTooLargeException(limit) : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace ExpenseTracker.Client;

/// <summary>
/// A CSV file as a <c>text/csv</c> request body, streamed rather than loaded into memory, that reports how many bytes
/// have gone out so far.
/// </summary>
public sealed class CsvUploadContent : HttpContent
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _csv;
    private readonly long _start;
    private readonly IProgress<long>? _bytesSent;
    private readonly bool _leaveOpen;

    /// <summary>Sends <paramref name="csv"/> from its current position; <paramref name="bytesSent"/> hears the running total.</summary>
    public CsvUploadContent(Stream csv, IProgress<long>? bytesSent = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(csv);
        _csv = csv;
        _start = csv.CanSeek ? csv.Position : 0;
        _bytesSent = bytesSent;
        _leaveOpen = leaveOpen;
        Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
    }

    /// <summary>The number of bytes the body has, when the stream knows it.</summary>
    public long? Length => _csv.CanSeek ? _csv.Length - _start : null;

    /// <summary>Streams the file at <paramref name="path"/>; the content closes it when disposed.</summary>
    public static CsvUploadContent FromFile(string path, IProgress<long>? bytesSent = null) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.Asynchronous | FileOptions.SequentialScan), bytesSent);

    /// <inheritdoc />
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc />
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        if (_csv.CanSeek)
        {
            // A retried request sends the body again, from its start.
            _csv.Position = _start;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long sent = 0;
            _bytesSent?.Report(sent);
            int read;
            while ((read = await _csv.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                sent += read;
                _bytesSent?.Report(sent);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        length = Length ?? 0;
        return Length is not null;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _csv.Dispose();
        }

        base.Dispose(disposing);
    }
}

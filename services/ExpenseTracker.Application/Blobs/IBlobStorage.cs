namespace ExpenseTracker.Application.Blobs;

/// <summary>A stored blob as a listing shows it.</summary>
public sealed record BlobEntry(string Name, long Size, DateTimeOffset LastModified);

/// <summary>A blob opened for reading. The caller disposes it.</summary>
public sealed record BlobDownload(Stream Content, long Size) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>How often a blob is expected to be read, for stores that price storage by it.</summary>
public enum BlobAccess
{
    /// <summary>Read any time (receipts).</summary>
    Frequent,

    /// <summary>Rarely read (archives): a cheaper, slower tier where the store has one.</summary>
    Rare,
}

/// <summary>
/// Where files live: Azure Blob Storage (or Azurite) in the distributed mode, a folder on disk standalone.
/// Names are made by <see cref="BlobNames"/> only, never taken from a client.
/// </summary>
public interface IBlobStorage
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="name"/>, replacing any blob of that name. A failed upload leaves no blob.</summary>
    Task UploadAsync(string name, Stream content, string contentType, BlobAccess access, CancellationToken cancellationToken);

    /// <summary>The blob's bytes, or null when there is no blob of that name.</summary>
    Task<BlobDownload?> OpenReadAsync(string name, CancellationToken cancellationToken);

    /// <summary>Deletes the blob; false when there was none.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every blob whose name starts with <paramref name="prefix"/>.</summary>
    IAsyncEnumerable<BlobEntry> ListAsync(string prefix, CancellationToken cancellationToken);
}

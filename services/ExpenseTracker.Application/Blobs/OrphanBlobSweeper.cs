using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Receipts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Application.Blobs;

/// <summary>
/// Removes blobs that no row points to: a receipt whose row was never written (the upload failed after the blob)
/// or whose deletion did not reach the blob, and an archive that no month points to (replaced, restored, or
/// written by a run that stopped before marking it). Only blobs older than the grace period are considered.
/// </summary>
public sealed partial class OrphanBlobSweeper(
    IBlobStorage blobs,
    IReceiptStore receipts,
    IArchiveStore archives,
    IOptions<BlobStorageOptions> options,
    TimeProvider clock,
    ILogger<OrphanBlobSweeper> logger)
{
    private const int BatchSize = 500;

    /// <summary>Sweeps once; answers how many blobs were removed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var olderThan = clock.GetUtcNow() - options.Value.OrphanGracePeriod;
        var removed = await SweepAsync(BlobNames.ReceiptsPrefix, olderThan, UnknownReceiptsAsync, cancellationToken);
        removed += await SweepAsync(BlobNames.ArchivePrefix, olderThan, UnreferencedArchivesAsync, cancellationToken);
        if (removed > 0)
        {
            LogSwept(removed);
        }

        return removed;
    }

    private async Task<int> SweepAsync(
        string prefix,
        DateTimeOffset olderThan,
        Func<IReadOnlyList<string>, CancellationToken, Task<IEnumerable<string>>> orphansOf,
        CancellationToken cancellationToken)
    {
        var removed = 0;
        var batch = new List<string>(BatchSize);
        await foreach (var blob in blobs.ListAsync(prefix, cancellationToken))
        {
            if (blob.LastModified < olderThan)
            {
                batch.Add(blob.Name);
            }

            if (batch.Count == BatchSize)
            {
                removed += await DeleteAsync(await orphansOf(batch, cancellationToken), cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            removed += await DeleteAsync(await orphansOf(batch, cancellationToken), cancellationToken);
        }

        return removed;
    }

    private async Task<IEnumerable<string>> UnknownReceiptsAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var ids = names.Select(name => (Name: name, Id: BlobNames.TryParseReceipt(name, out var id) ? id : null)).ToList();
        var known = await receipts.FindKnownAsync(ids.Where(entry => entry.Id is not null).Select(entry => entry.Id!.Value).ToList(), cancellationToken);

        // A name we did not make is left alone: this sweeper only removes what it can prove is debris.
        return ids.Where(entry => entry.Id is { } id && !known.Contains(id)).Select(entry => entry.Name);
    }

    private async Task<IEnumerable<string>> UnreferencedArchivesAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var referenced = await archives.FindReferencedBlobsAsync(names, cancellationToken);
        return names.Where(name => !referenced.Contains(name));
    }

    private async Task<int> DeleteAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var name in names)
        {
            if (await blobs.DeleteAsync(name, cancellationToken))
            {
                LogRemoved(name);
                removed++;
            }
        }

        return removed;
    }

    [LoggerMessage(LogLevel.Information, "Removed orphan blob {BlobName}")]
    private partial void LogRemoved(string blobName);

    [LoggerMessage(LogLevel.Information, "Orphan sweep removed {Count} blobs")]
    private partial void LogSwept(int count);
}

using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Application.Archive;

/// <summary>
/// Moves old months to cold storage and back. Archiving a month: write its blob (a new name each time), mark the
/// month pending, then delete its rows and complete in one transaction. Each step can be repeated, and a run that
/// stops anywhere is finished by the next: nothing is lost or counted twice.
/// </summary>
public sealed partial class ArchiveService(
    IArchiveStore store,
    IBlobStorage blobs,
    IOptions<ArchiveOptions> options,
    UserViewCache views,
    TimeProvider clock,
    ILogger<ArchiveService> logger)
{
    /// <summary>What one run did.</summary>
    public sealed record RunResult(int MonthsArchived, int PendingCompleted);

    /// <summary>Expenses dated before this day are old enough to archive: whole months only.</summary>
    public DateOnly Cutoff => YearMonth.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).AddMonths(-options.Value.AfterMonths).FirstDay;

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken)
    {
        var completed = 0;
        foreach (var pending in await store.ListPendingAsync(cancellationToken))
        {
            if (await FinishPendingAsync(pending, cancellationToken) == ArchiveCompletion.Completed)
            {
                completed++;
            }
        }

        var archived = 0;
        foreach (var candidate in await store.FindCandidatesAsync(Cutoff, cancellationToken))
        {
            if (await ArchiveMonthAsync(candidate.UserId, candidate.Month, cancellationToken))
            {
                archived++;
            }
        }

        return new RunResult(archived, completed);
    }

    public async Task<IReadOnlyList<ArchivedMonthResponse>> ListAsync(string userId, CancellationToken cancellationToken) =>
        (await store.ListAsync(userId, cancellationToken))
            .Select(month => new ArchivedMonthResponse(month.Month.ToString(), month.ExpenseCount, month.ArchivedAt!.Value))
            .ToList();

    public async Task<Result<RestoreResponse>> RestoreAsync(string userId, string? monthText, CancellationToken cancellationToken)
    {
        if (!YearMonth.TryParse(monthText, out var month))
        {
            return Error.Validation("month", "A month is written yyyy-MM (for example 2024-03).");
        }

        var archived = await store.FindAsync(userId, month, cancellationToken);
        if (archived?.BlobName is not { } blobName)
        {
            return Error.NotFound("Archived month");
        }

        if (archived.PendingBlobName is not null)
        {
            return BeingArchived();
        }

        var content = await ReadAsync(blobName, cancellationToken);
        if (content is null)
        {
            LogMissingArchive(blobName);
            return Error.NotFound("Archived month");
        }

        if (!await store.RestoreAsync(userId, month, blobName, content, cancellationToken))
        {
            return BeingArchived();
        }

        await DeleteQuietlyAsync(blobName);
        await views.InvalidateReportsAsync(userId, cancellationToken);
        LogRestored(userId, month.ToString(), content.Count);
        return new RestoreResponse(month.ToString(), content.Count);
    }

    private async Task<bool> ArchiveMonthAsync(string userId, YearMonth month, CancellationToken cancellationToken)
    {
        var current = await store.FindAsync(userId, month, cancellationToken);
        if (current?.PendingBlobName is not null)
        {
            await FinishPendingAsync(current, cancellationToken);
            current = await store.FindAsync(userId, month, cancellationToken);
        }

        var live = await store.LoadLiveMonthAsync(userId, month, cancellationToken);
        if (live.Count == 0)
        {
            return false;
        }

        IReadOnlyList<ArchivedExpense> earlier = [];
        if (current?.BlobName is { } archivedName)
        {
            if (await ReadAsync(archivedName, cancellationToken) is not { } archivedBefore)
            {
                // Writing a new archive without the old one's expenses would drop them from reports: leave it to an operator.
                LogMissingArchive(archivedName);
                return false;
            }

            earlier = archivedBefore;
        }

        var content = earlier.Concat(live).OrderBy(expense => expense.Date).ThenBy(expense => expense.Id).ToList();
        var blobName = BlobNames.ArchiveMonth(userId, month, Guid.NewGuid());
        await using (var encoded = ArchiveCodec.Encode(content))
        {
            await blobs.UploadAsync(blobName, encoded, ArchiveCodec.ContentType, BlobAccess.Rare, cancellationToken);
        }

        if (!await store.MarkPendingAsync(userId, month, current?.BlobName, blobName, live.Count, cancellationToken))
        {
            // Someone else archived or restored the month meanwhile; this blob is nobody's.
            await DeleteQuietlyAsync(blobName);
            return false;
        }

        var pending = await store.FindAsync(userId, month, cancellationToken);
        return pending is not null && await CompleteAsync(pending, content, cancellationToken) == ArchiveCompletion.Completed;
    }

    private async Task<ArchiveCompletion> FinishPendingAsync(ArchivedMonth pending, CancellationToken cancellationToken)
    {
        var content = await ReadAsync(pending.PendingBlobName!, cancellationToken);
        if (content is null)
        {
            LogMissingArchive(pending.PendingBlobName!);
            await store.ClearPendingAsync(pending.UserId, pending.Month, pending.PendingBlobName!, cancellationToken);
            return ArchiveCompletion.Stale;
        }

        return await CompleteAsync(pending, content, cancellationToken);
    }

    private async Task<ArchiveCompletion> CompleteAsync(ArchivedMonth pending, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken)
    {
        var outcome = await store.CompleteAsync(pending, content, cancellationToken);
        if (outcome == ArchiveCompletion.Completed)
        {
            if (pending.BlobName is { } replaced)
            {
                await DeleteQuietlyAsync(replaced);
            }

            // The sums are the same, but they now come from the archive: no cached report may hide a mistake there.
            await views.InvalidateReportsAsync(pending.UserId, cancellationToken);

            LogArchived(pending.UserId, pending.Month.ToString(), content.Count);
        }
        else if (outcome == ArchiveCompletion.Stale)
        {
            await DeleteQuietlyAsync(pending.PendingBlobName!);
            LogStale(pending.UserId, pending.Month.ToString());
        }

        return outcome;
    }

    private async Task<IReadOnlyList<ArchivedExpense>?> ReadAsync(string blobName, CancellationToken cancellationToken)
    {
        await using var download = await blobs.OpenReadAsync(blobName, cancellationToken);
        return download is null ? null : await ArchiveCodec.DecodeAsync(download.Content, cancellationToken);
    }

    /// <summary>An archive blob no month points to any more; the orphan sweeper removes it if this fails.</summary>
    private async Task DeleteQuietlyAsync(string blobName)
    {
        try
        {
            await blobs.DeleteAsync(blobName, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogNotDeleted(exception, blobName);
        }
    }

    private static Error BeingArchived() => Error.Conflict(
        "The month is being archived.",
        "The archive job is working on this month right now; try again in a minute.");

    [LoggerMessage(LogLevel.Information, "Archived {Count} expenses of user {UserId} for {Month}")]
    private partial void LogArchived(string userId, string month, int count);

    [LoggerMessage(LogLevel.Information, "Restored {Count} expenses of user {UserId} for {Month}")]
    private partial void LogRestored(string userId, string month, int count);

    [LoggerMessage(LogLevel.Information, "Expenses of user {UserId} for {Month} changed while being archived; the month is archived again on the next run")]
    private partial void LogStale(string userId, string month);

    [LoggerMessage(LogLevel.Error, "Archive blob {BlobName} is missing")]
    private partial void LogMissingArchive(string blobName);

    [LoggerMessage(LogLevel.Warning, "Could not delete archive blob {BlobName}; the orphan sweeper will remove it")]
    private partial void LogNotDeleted(Exception exception, string blobName);
}

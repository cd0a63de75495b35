using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

internal static class MongoErrors
{
    private const int DuplicateKeyCode = 11000;

    /// <summary>A write refused by a unique index, however the driver reports it.</summary>
    public static bool IsDuplicateKey(Exception exception) => exception switch
    {
        MongoWriteException write => write.WriteError?.Category == ServerErrorCategory.DuplicateKey,
        MongoBulkWriteException bulk => bulk.WriteErrors.Any(error => error.Category == ServerErrorCategory.DuplicateKey),
        MongoCommandException command => command.Code == DuplicateKeyCode,
        _ => false,
    };
}

/// <summary>The user already has a live record for the Idempotency-Key: the transaction that tried to make one is dropped.</summary>
internal sealed class IdempotencyKeyTakenException(Exception duplicate)
    : Exception("The user already has a record for this Idempotency-Key.", duplicate);

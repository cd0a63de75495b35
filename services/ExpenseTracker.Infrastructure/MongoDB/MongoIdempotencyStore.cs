using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

public sealed class MongoIdempotencyStore(MongoStore store) : IIdempotencyStore
{
    public async Task<IdempotencyRecord?> FindAsync(string userId, string key, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        var document = await store.IdempotencyKeys
            .Find(IdempotencyQueries.MadeSince(userId, key, notBefore).Filter)
            .FirstOrDefaultAsync(cancellationToken);
        return document?.ToRecord();
    }

    /// <summary>
    /// Stores the record in the caller's transaction unless the user has a live one with the same key; an expired
    /// one is replaced. A live one makes the unique index refuse the insert, which ends the transaction.
    /// </summary>
    /// <exception cref="IdempotencyKeyTakenException">The user has a live record with the key.</exception>
    internal static async Task ClaimAsync(MongoStore store, IClientSessionHandle session, IdempotencyRecord record, CancellationToken cancellationToken)
    {
        var expired = IdempotencyQueries.MadeBefore(record.UserId, record.Key, record.CreatedAt - IdempotencyRecord.Lifetime);
        await store.IdempotencyKeys.DeleteOneAsync(session, expired.Filter, cancellationToken: cancellationToken);
        try
        {
            await store.IdempotencyKeys.InsertOneAsync(session, IdempotencyDocument.From(record), cancellationToken: cancellationToken);
        }
        catch (MongoWriteException duplicate) when (MongoErrors.IsDuplicateKey(duplicate))
        {
            throw new IdempotencyKeyTakenException(duplicate);
        }
    }
}

using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

internal static class IdempotencyQueries
{
    static IdempotencyQueries() => MongoClassMaps.Register();

    private static FilterDefinitionBuilder<IdempotencyDocument> Filter => Builders<IdempotencyDocument>.Filter;

    /// <summary>The user's record for the key, if it was made at or after <paramref name="notBefore"/>.</summary>
    public static MongoQuery<IdempotencyDocument> MadeSince(string userId, string key, DateTimeOffset notBefore) =>
        new(MongoCollectionNames.IdempotencyKeys, Of(userId, key) & Filter.Gte(d => d.CreatedAt, notBefore.UtcDateTime));

    /// <summary>
    /// The user's record for the key if it was made before <paramref name="cutoff"/>: expired, though the TTL
    /// monitor (which runs once a minute) may not have removed it yet.
    /// </summary>
    public static MongoQuery<IdempotencyDocument> MadeBefore(string userId, string key, DateTimeOffset cutoff) =>
        new(MongoCollectionNames.IdempotencyKeys, Of(userId, key) & Filter.Lt(d => d.CreatedAt, cutoff.UtcDateTime));

    private static FilterDefinition<IdempotencyDocument> Of(string userId, string key) =>
        Filter.Eq(d => d.UserId, userId) & Filter.Eq(d => d.Key, key);
}

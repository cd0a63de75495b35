using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

/// <summary>The outbox as relays see it: pending messages are those not sent yet, oldest first, appends breaking ties.</summary>
internal static class OutboxQueries
{
    static OutboxQueries() => MongoClassMaps.Register();

    private static FilterDefinitionBuilder<OutboxDocument> Filter => Builders<OutboxDocument>.Filter;

    private static SortDefinition<OutboxDocument> Order => Builders<OutboxDocument>.Sort.Ascending(d => d.OccurredAt).Ascending(d => d.Seq);

    /// <summary>Unsent messages that no relay holds a live lease on, or that <paramref name="relay"/> holds itself.</summary>
    public static MongoQuery<OutboxDocument> Claimable(string relay, DateTimeOffset now) =>
        new(MongoCollectionNames.Outbox, Filter.Eq(d => d.SentAt, null) & Free(relay, now), Order);

    /// <summary>
    /// Those of <paramref name="ids"/> still claimable at the moment of the write. The server checks each document
    /// against it as it updates it, so of two relays claiming at once, only the first takes a message.
    /// </summary>
    public static MongoQuery<OutboxDocument> StillClaimable(IReadOnlyCollection<Guid> ids, string relay, DateTimeOffset now) =>
        new(MongoCollectionNames.Outbox, Filter.In(d => d.Id, ids) & Filter.Eq(d => d.SentAt, null) & Free(relay, now));

    /// <summary>Those of <paramref name="ids"/> that <paramref name="relay"/> now holds, in the order they are published.</summary>
    public static MongoQuery<OutboxDocument> HeldAmong(IReadOnlyCollection<Guid> ids, string relay) =>
        new(MongoCollectionNames.Outbox, Filter.In(d => d.Id, ids) & Filter.Eq(d => d.ClaimedBy, relay), Order);

    /// <summary>Every unsent message <paramref name="relay"/> holds.</summary>
    public static MongoQuery<OutboxDocument> HeldBy(string relay) =>
        new(MongoCollectionNames.Outbox, Filter.Eq(d => d.ClaimedBy, relay) & Filter.Eq(d => d.SentAt, null));

    public static MongoQuery<OutboxDocument> ByIds(IReadOnlyCollection<Guid> ids) =>
        new(MongoCollectionNames.Outbox, Filter.In(d => d.Id, ids));

    /// <summary>Every unsent message, oldest first: the backlog.</summary>
    public static MongoQuery<OutboxDocument> Pending() =>
        new(MongoCollectionNames.Outbox, Filter.Eq(d => d.SentAt, null), Order);

    public static UpdateDefinition<OutboxDocument> Claim(string relay, DateTimeOffset until) =>
        Builders<OutboxDocument>.Update.Set(d => d.ClaimedBy, relay).Set(d => d.ClaimedUntil, until.UtcDateTime);

    public static UpdateDefinition<OutboxDocument> Sent(DateTimeOffset now) =>
        Builders<OutboxDocument>.Update.Set(d => d.SentAt, now.UtcDateTime).Set(d => d.ClaimedBy, null).Set(d => d.ClaimedUntil, null);

    public static UpdateDefinition<OutboxDocument> Released() =>
        Builders<OutboxDocument>.Update.Set(d => d.ClaimedBy, null).Set(d => d.ClaimedUntil, null);

    private static FilterDefinition<OutboxDocument> Free(string relay, DateTimeOffset now) =>
        Filter.Or(
            Filter.Eq(d => d.ClaimedUntil, null),
            Filter.Lt(d => d.ClaimedUntil, now.UtcDateTime),
            Filter.Eq(d => d.ClaimedBy, relay));
}

using ExpenseTracker.Application.Events;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>The in-process bus's dead-letter queue in the <c>deadLetters</c> collection, so that it survives a restart.</summary>
public sealed class MongoDeadLetterStore(MongoStore store, TimeProvider clock) : IDeadLetterStore
{
    public Task AddAsync(string consumer, OutboxMessage message, int attempts, string? error, CancellationToken cancellationToken) =>
        store.DeadLetters.InsertOneAsync(
            new DeadLetterDocument
            {
                Id = ObjectId.GenerateNewId(),
                Consumer = consumer,
                MessageId = message.Id,
                Type = message.Type,
                Payload = message.Payload,
                UserId = message.UserId,
                OccurredAt = message.OccurredAt.UtcDateTime,
                TraceParent = message.TraceParent,
                Attempts = attempts,
                Error = error,
                FailedAt = clock.GetUtcNow().UtcDateTime,
            },
            cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<StoredDeadLetter>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var query = MessagingQueries.DeadLettersOldestFirst();
        var documents = await store.DeadLetters.Find(query.Filter).Sort(query.Sort).Limit(max).ToListAsync(cancellationToken);
        return documents.Select(document => document.ToStored()).ToList();
    }

    public async Task<bool> RemoveAsync(string key, CancellationToken cancellationToken) =>
        ObjectId.TryParse(key, out var id)
        && (await store.DeadLetters.DeleteOneAsync(MessagingQueries.DeadLetter(id).Filter, cancellationToken)).DeletedCount == 1;
}

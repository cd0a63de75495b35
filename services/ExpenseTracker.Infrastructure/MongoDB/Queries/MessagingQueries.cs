using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

/// <summary>What consumers record of the messages they handled, and the messages they gave up on.</summary>
internal static class MessagingQueries
{
    static MessagingQueries() => MongoClassMaps.Register();

    public static MongoQuery<ProcessedMessageDocument> Processed(string consumer, Guid messageId) =>
        new(
            MongoCollectionNames.ProcessedMessages,
            Builders<ProcessedMessageDocument>.Filter.Eq(d => d.Consumer, consumer) & Builders<ProcessedMessageDocument>.Filter.Eq(d => d.MessageId, messageId));

    /// <summary>Every dead letter, oldest first (ObjectIds grow with time).</summary>
    public static MongoQuery<DeadLetterDocument> DeadLettersOldestFirst() =>
        new(MongoCollectionNames.DeadLetters, Builders<DeadLetterDocument>.Filter.Empty, Builders<DeadLetterDocument>.Sort.Ascending(d => d.Id));

    public static MongoQuery<DeadLetterDocument> DeadLetter(ObjectId id) =>
        new(MongoCollectionNames.DeadLetters, Builders<DeadLetterDocument>.Filter.Eq(d => d.Id, id));
}

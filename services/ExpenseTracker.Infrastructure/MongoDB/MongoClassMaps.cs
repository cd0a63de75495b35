using System.Text.Json;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.IdGenerators;
using MongoDB.Bson.Serialization.Serializers;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>
/// How every document is written, registered explicitly instead of left to the driver's conventions: money is
/// Decimal128 (exact, never a binary double), ids are standard UUIDs (binary subtype 4), calendar dates and timestamps
/// are BSON dates in UTC, element names are camelCase.
/// </summary>
internal static class MongoClassMaps
{
    private static readonly Lazy<bool> Registered = new(RegisterAll, LazyThreadSafetyMode.ExecutionAndPublication);

    public static readonly IBsonSerializer<decimal> Money = new DecimalSerializer(BsonType.Decimal128);
    public static readonly IBsonSerializer<Guid> Id = new GuidSerializer(GuidRepresentation.Standard);
    public static readonly IBsonSerializer<Guid?> OptionalId = new NullableSerializer<Guid>(Id);
    public static readonly IBsonSerializer<DateOnly> CalendarDate = new DateOnlySerializer(BsonType.DateTime);
    public static readonly IBsonSerializer<DateOnly?> OptionalCalendarDate = new NullableSerializer<DateOnly>(CalendarDate);
    public static readonly IBsonSerializer<DateTime> Timestamp = new DateTimeSerializer(DateTimeKind.Utc, BsonType.DateTime);
    public static readonly IBsonSerializer<DateTime?> OptionalTimestamp = new NullableSerializer<DateTime>(Timestamp);

    /// <summary>
    /// Registers the maps once per process. Must run before the driver first meets a document type: a type it has
    /// already mapped by convention cannot be remapped, and registering then fails loudly instead of storing doubles.
    /// </summary>
    public static void Register() => _ = Registered.Value;

    /// <summary>
    /// Registers a document's map, ignoring elements it does not know (written by a newer version) and naming each
    /// element after its member in camelCase; the id stays <c>_id</c>.
    /// </summary>
    private static void RegisterDocument<TDocument>(Action<BsonClassMap<TDocument>> mapMembers) =>
        BsonClassMap.RegisterClassMap<TDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            mapMembers(map);
            foreach (var member in map.DeclaredMemberMaps.Where(member => member != map.IdMemberMap))
            {
                member.SetElementName(JsonNamingPolicy.CamelCase.ConvertName(member.MemberName));
            }
        });

    private static bool RegisterAll()
    {
        RegisterDocument<ExpenseDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.Date).SetSerializer(CalendarDate);
            map.MapMember(d => d.Amount).SetSerializer(Money);
            map.MapMember(d => d.Currency);
            map.MapMember(d => d.CategoryId).SetSerializer(OptionalId);
            map.MapMember(d => d.Merchant);
            map.MapMember(d => d.Note);
            map.MapMember(d => d.PaymentMethod);
            map.MapMember(d => d.Tags);
            map.MapMember(d => d.TagKeys);
            map.MapMember(d => d.SearchText);
            map.MapMember(d => d.Version);
            map.MapMember(d => d.CreatedAt).SetSerializer(Timestamp);
            map.MapMember(d => d.UpdatedAt).SetSerializer(Timestamp);
        });

        RegisterDocument<CategoryDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.Name);
            map.MapMember(d => d.NameKey);
            map.MapMember(d => d.Color);
        });

        RegisterDocument<BudgetDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.CategoryId).SetSerializer(Id);
            map.MapMember(d => d.Amount).SetSerializer(Money);
            map.MapMember(d => d.Currency);
        });

        RegisterDocument<UserDocument>(map =>
        {
            map.MapIdMember(d => d.Id);
            map.MapMember(d => d.DefaultCurrency);
            map.MapMember(d => d.Locale);
            map.MapMember(d => d.CreatedAt).SetSerializer(Timestamp);
        });

        RegisterDocument<IdempotencyDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.Key);
            map.MapMember(d => d.RequestHash);
            map.MapMember(d => d.StatusCode);
            map.MapMember(d => d.ResponseBody);
            map.MapMember(d => d.CreatedAt).SetSerializer(Timestamp);
            map.MapMember(d => d.ExpiresAt).SetSerializer(Timestamp);
        });

        RegisterDocument<OutboxDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.Seq);
            map.MapMember(d => d.Type);
            map.MapMember(d => d.Payload);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.OccurredAt).SetSerializer(Timestamp);
            map.MapMember(d => d.TraceParent);
            map.MapMember(d => d.SentAt).SetSerializer(OptionalTimestamp);
            map.MapMember(d => d.ClaimedBy);
            map.MapMember(d => d.ClaimedUntil).SetSerializer(OptionalTimestamp);
        });

        RegisterMessagingMaps();
        RegisterRecurringMaps();
        RegisterBlobMaps();

        return true;
    }

    private static void RegisterMessagingMaps()
    {
        RegisterDocument<ProcessedMessageDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.Consumer);
            map.MapMember(d => d.MessageId).SetSerializer(Id);
            map.MapMember(d => d.ProcessedAt).SetSerializer(Timestamp);
        });

        RegisterDocument<DeadLetterDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.Consumer);
            map.MapMember(d => d.MessageId).SetSerializer(Id);
            map.MapMember(d => d.Type);
            map.MapMember(d => d.Payload);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.OccurredAt).SetSerializer(Timestamp);
            map.MapMember(d => d.TraceParent);
            map.MapMember(d => d.Attempts);
            map.MapMember(d => d.Error);
            map.MapMember(d => d.FailedAt).SetSerializer(Timestamp);
        });

        RegisterDocument<NotificationDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.Kind);
            map.MapMember(d => d.Title);
            map.MapMember(d => d.Message);
            map.MapMember(d => d.CategoryId).SetSerializer(OptionalId);
            map.MapMember(d => d.Month);
            map.MapMember(d => d.Threshold);
            map.MapMember(d => d.CreatedAt).SetSerializer(Timestamp);
            map.MapMember(d => d.ReadAt).SetSerializer(OptionalTimestamp);
        });
    }

    private static void RegisterRecurringMaps()
    {
        RegisterDocument<RecurringRuleDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.Amount).SetSerializer(Money);
            map.MapMember(d => d.Currency);
            map.MapMember(d => d.CategoryId).SetSerializer(OptionalId);
            map.MapMember(d => d.Merchant);
            map.MapMember(d => d.Note);
            map.MapMember(d => d.PaymentMethod);
            map.MapMember(d => d.Tags);
            map.MapMember(d => d.Frequency);
            map.MapMember(d => d.Interval);
            map.MapMember(d => d.StartDate).SetSerializer(CalendarDate);
            map.MapMember(d => d.EndDate).SetSerializer(OptionalCalendarDate);
            map.MapMember(d => d.OccurrencesCreated);
            map.MapMember(d => d.NextOccurrence).SetSerializer(OptionalCalendarDate);
            map.MapMember(d => d.Version);
            map.MapMember(d => d.CreatedAt).SetSerializer(Timestamp);
            map.MapMember(d => d.UpdatedAt).SetSerializer(Timestamp);
        });

        RegisterDocument<RecurringOccurrenceDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.RuleId).SetSerializer(Id);
            map.MapMember(d => d.Date).SetSerializer(CalendarDate);
            map.MapMember(d => d.ExpenseId).SetSerializer(Id);
        });
    }

    private static void RegisterBlobMaps()
    {
        RegisterDocument<ReceiptDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.ExpenseId).SetSerializer(Id);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.FileName);
            map.MapMember(d => d.ContentType);
            map.MapMember(d => d.Size);
            map.MapMember(d => d.BlobName);
            map.MapMember(d => d.CreatedAt).SetSerializer(Timestamp);
        });

        RegisterDocument<ArchivedTotalDocument>(map =>
        {
            map.MapMember(d => d.CategoryId).SetSerializer(OptionalId);
            map.MapMember(d => d.Currency);
            map.MapMember(d => d.Amount).SetSerializer(Money);
            map.MapMember(d => d.Count);
        });

        RegisterDocument<ArchivedMonthDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.Month);
            map.MapMember(d => d.BlobName);
            map.MapMember(d => d.ExpenseCount);
            map.MapMember(d => d.ArchivedAt).SetSerializer(OptionalTimestamp);
            map.MapMember(d => d.PendingBlobName);
            map.MapMember(d => d.PendingRowCount);
            map.MapMember(d => d.RestoredAt).SetSerializer(OptionalTimestamp);
            map.MapMember(d => d.Totals);
        });

        RegisterDocument<ArchivedReceiptDocument>(map =>
        {
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.UserId);
            map.MapMember(d => d.Month);
        });
    }
}

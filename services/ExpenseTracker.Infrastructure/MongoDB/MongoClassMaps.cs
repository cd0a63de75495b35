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

    private static bool RegisterAll()
    {
        BsonClassMap.RegisterClassMap<ExpenseDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.UserId).SetElementName(ExpenseDocument.Fields.UserId);
            map.MapMember(d => d.Date).SetElementName(ExpenseDocument.Fields.Date).SetSerializer(CalendarDate);
            map.MapMember(d => d.Amount).SetElementName(ExpenseDocument.Fields.Amount).SetSerializer(Money);
            map.MapMember(d => d.Currency).SetElementName(ExpenseDocument.Fields.Currency);
            map.MapMember(d => d.CategoryId).SetElementName(ExpenseDocument.Fields.CategoryId).SetSerializer(OptionalId);
            map.MapMember(d => d.Merchant).SetElementName(ExpenseDocument.Fields.Merchant);
            map.MapMember(d => d.Note).SetElementName(ExpenseDocument.Fields.Note);
            map.MapMember(d => d.PaymentMethod).SetElementName(ExpenseDocument.Fields.PaymentMethod);
            map.MapMember(d => d.Tags).SetElementName(ExpenseDocument.Fields.Tags);
            map.MapMember(d => d.TagKeys).SetElementName(ExpenseDocument.Fields.TagKeys);
            map.MapMember(d => d.SearchText).SetElementName(ExpenseDocument.Fields.SearchText);
            map.MapMember(d => d.Version).SetElementName(ExpenseDocument.Fields.Version);
            map.MapMember(d => d.CreatedAt).SetElementName(ExpenseDocument.Fields.CreatedAt).SetSerializer(Timestamp);
            map.MapMember(d => d.UpdatedAt).SetElementName(ExpenseDocument.Fields.UpdatedAt).SetSerializer(Timestamp);
        });

        BsonClassMap.RegisterClassMap<CategoryDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.UserId).SetElementName("userId");
            map.MapMember(d => d.Name).SetElementName("name");
            map.MapMember(d => d.NameKey).SetElementName("nameKey");
            map.MapMember(d => d.Color).SetElementName("color");
        });

        BsonClassMap.RegisterClassMap<BudgetDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.UserId).SetElementName("userId");
            map.MapMember(d => d.CategoryId).SetElementName("categoryId").SetSerializer(Id);
            map.MapMember(d => d.Amount).SetElementName("amount").SetSerializer(Money);
            map.MapMember(d => d.Currency).SetElementName("currency");
        });

        BsonClassMap.RegisterClassMap<UserDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id);
            map.MapMember(d => d.DefaultCurrency).SetElementName("defaultCurrency");
            map.MapMember(d => d.Locale).SetElementName("locale");
            map.MapMember(d => d.CreatedAt).SetElementName("createdAt").SetSerializer(Timestamp);
        });

        BsonClassMap.RegisterClassMap<IdempotencyDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.UserId).SetElementName("userId");
            map.MapMember(d => d.Key).SetElementName("key");
            map.MapMember(d => d.RequestHash).SetElementName("requestHash");
            map.MapMember(d => d.StatusCode).SetElementName("statusCode");
            map.MapMember(d => d.ResponseBody).SetElementName("responseBody");
            map.MapMember(d => d.CreatedAt).SetElementName("createdAt").SetSerializer(Timestamp);
            map.MapMember(d => d.ExpiresAt).SetElementName("expiresAt").SetSerializer(Timestamp);
        });

        BsonClassMap.RegisterClassMap<OutboxDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.Seq).SetElementName("seq");
            map.MapMember(d => d.Type).SetElementName("type");
            map.MapMember(d => d.Payload).SetElementName("payload");
            map.MapMember(d => d.UserId).SetElementName("userId");
            map.MapMember(d => d.OccurredAt).SetElementName("occurredAt").SetSerializer(Timestamp);
            map.MapMember(d => d.TraceParent).SetElementName("traceParent");
            map.MapMember(d => d.SentAt).SetElementName("sentAt").SetSerializer(OptionalTimestamp);
            map.MapMember(d => d.ClaimedBy).SetElementName("claimedBy");
            map.MapMember(d => d.ClaimedUntil).SetElementName("claimedUntil").SetSerializer(OptionalTimestamp);
        });

        RegisterMessagingMaps();
        RegisterRecurringMaps();
        RegisterBlobMaps();

        return true;
    }

    private static void RegisterMessagingMaps()
    {
        BsonClassMap.RegisterClassMap<ProcessedMessageDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.Consumer).SetElementName("consumer");
            map.MapMember(d => d.MessageId).SetElementName("messageId").SetSerializer(Id);
            map.MapMember(d => d.ProcessedAt).SetElementName("processedAt").SetSerializer(Timestamp);
        });

        BsonClassMap.RegisterClassMap<DeadLetterDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.Consumer).SetElementName("consumer");
            map.MapMember(d => d.MessageId).SetElementName("messageId").SetSerializer(Id);
            map.MapMember(d => d.Type).SetElementName("type");
            map.MapMember(d => d.Payload).SetElementName("payload");
            map.MapMember(d => d.UserId).SetElementName("userId");
            map.MapMember(d => d.OccurredAt).SetElementName("occurredAt").SetSerializer(Timestamp);
            map.MapMember(d => d.TraceParent).SetElementName("traceParent");
            map.MapMember(d => d.Attempts).SetElementName("attempts");
            map.MapMember(d => d.Error).SetElementName("error");
            map.MapMember(d => d.FailedAt).SetElementName("failedAt").SetSerializer(Timestamp);
        });

        BsonClassMap.RegisterClassMap<NotificationDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.UserId).SetElementName("userId");
            map.MapMember(d => d.Kind).SetElementName("kind");
            map.MapMember(d => d.Title).SetElementName("title");
            map.MapMember(d => d.Message).SetElementName("message");
            map.MapMember(d => d.CategoryId).SetElementName("categoryId").SetSerializer(OptionalId);
            map.MapMember(d => d.Month).SetElementName("month");
            map.MapMember(d => d.Threshold).SetElementName("threshold");
            map.MapMember(d => d.CreatedAt).SetElementName("createdAt").SetSerializer(Timestamp);
            map.MapMember(d => d.ReadAt).SetElementName("readAt").SetSerializer(OptionalTimestamp);
        });
    }

    private static void RegisterRecurringMaps()
    {
        BsonClassMap.RegisterClassMap<RecurringRuleDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.UserId).SetElementName("userId");
            map.MapMember(d => d.Amount).SetElementName("amount").SetSerializer(Money);
            map.MapMember(d => d.Currency).SetElementName("currency");
            map.MapMember(d => d.CategoryId).SetElementName("categoryId").SetSerializer(OptionalId);
            map.MapMember(d => d.Merchant).SetElementName("merchant");
            map.MapMember(d => d.Note).SetElementName("note");
            map.MapMember(d => d.PaymentMethod).SetElementName("paymentMethod");
            map.MapMember(d => d.Tags).SetElementName("tags");
            map.MapMember(d => d.Frequency).SetElementName("frequency");
            map.MapMember(d => d.Interval).SetElementName("interval");
            map.MapMember(d => d.StartDate).SetElementName("startDate").SetSerializer(CalendarDate);
            map.MapMember(d => d.EndDate).SetElementName("endDate").SetSerializer(OptionalCalendarDate);
            map.MapMember(d => d.OccurrencesCreated).SetElementName("occurrencesCreated");
            map.MapMember(d => d.NextOccurrence).SetElementName("nextOccurrence").SetSerializer(OptionalCalendarDate);
            map.MapMember(d => d.Version).SetElementName("version");
            map.MapMember(d => d.CreatedAt).SetElementName("createdAt").SetSerializer(Timestamp);
            map.MapMember(d => d.UpdatedAt).SetElementName("updatedAt").SetSerializer(Timestamp);
        });

        BsonClassMap.RegisterClassMap<RecurringOccurrenceDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.RuleId).SetElementName("ruleId").SetSerializer(Id);
            map.MapMember(d => d.Date).SetElementName("date").SetSerializer(CalendarDate);
            map.MapMember(d => d.ExpenseId).SetElementName("expenseId").SetSerializer(Id);
        });
    }

    private static void RegisterBlobMaps()
    {
        BsonClassMap.RegisterClassMap<ReceiptDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.ExpenseId).SetElementName("expenseId").SetSerializer(Id);
            map.MapMember(d => d.UserId).SetElementName("userId");
            map.MapMember(d => d.FileName).SetElementName("fileName");
            map.MapMember(d => d.ContentType).SetElementName("contentType");
            map.MapMember(d => d.Size).SetElementName("size");
            map.MapMember(d => d.BlobName).SetElementName("blobName");
            map.MapMember(d => d.CreatedAt).SetElementName("createdAt").SetSerializer(Timestamp);
        });

        BsonClassMap.RegisterClassMap<ArchivedTotalDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapMember(d => d.CategoryId).SetElementName("categoryId").SetSerializer(OptionalId);
            map.MapMember(d => d.Currency).SetElementName("currency");
            map.MapMember(d => d.Amount).SetElementName("amount").SetSerializer(Money);
            map.MapMember(d => d.Count).SetElementName("count");
        });

        BsonClassMap.RegisterClassMap<ArchivedMonthDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetIdGenerator(ObjectIdGenerator.Instance);
            map.MapMember(d => d.UserId).SetElementName("userId");
            map.MapMember(d => d.Month).SetElementName("month");
            map.MapMember(d => d.BlobName).SetElementName("blobName");
            map.MapMember(d => d.ExpenseCount).SetElementName("expenseCount");
            map.MapMember(d => d.ArchivedAt).SetElementName("archivedAt").SetSerializer(OptionalTimestamp);
            map.MapMember(d => d.PendingBlobName).SetElementName("pendingBlobName");
            map.MapMember(d => d.PendingRowCount).SetElementName("pendingRowCount");
            map.MapMember(d => d.RestoredAt).SetElementName("restoredAt").SetSerializer(OptionalTimestamp);
            map.MapMember(d => d.Totals).SetElementName("totals");
        });

        BsonClassMap.RegisterClassMap<ArchivedReceiptDocument>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(d => d.Id).SetSerializer(Id);
            map.MapMember(d => d.UserId).SetElementName("userId");
            map.MapMember(d => d.Month).SetElementName("month");
        });
    }
}

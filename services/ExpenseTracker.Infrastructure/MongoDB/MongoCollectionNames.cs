namespace ExpenseTracker.Infrastructure.MongoDB;

public static class MongoCollectionNames
{
    public const string Users = "users";
    public const string Categories = "categories";
    public const string Expenses = "expenses";
    public const string Budgets = "budgets";
    public const string IdempotencyKeys = "idempotencyKeys";
    public const string Outbox = "outbox";
    public const string RecurringRules = "recurringRules";
    public const string RecurringOccurrences = "recurringOccurrences";
    public const string Notifications = "notifications";
    public const string ProcessedMessages = "processedMessages";
    public const string DeadLetters = "deadLetters";
    public const string Receipts = "receipts";
    public const string ArchivedMonths = "archivedMonths";
    public const string ArchivedReceipts = "archivedReceipts";

    public static IReadOnlyList<string> All { get; } =
    [
        Users, Categories, Expenses, Budgets, IdempotencyKeys, Outbox, RecurringRules, RecurringOccurrences, Notifications,
        ProcessedMessages, DeadLetters, Receipts, ArchivedMonths, ArchivedReceipts,
    ];
}

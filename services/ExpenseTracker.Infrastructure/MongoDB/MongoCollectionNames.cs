namespace ExpenseTracker.Infrastructure.MongoDB;

public static class MongoCollectionNames
{
    public const string Users = "users";
    public const string Categories = "categories";
    public const string Expenses = "expenses";
    public const string Budgets = "budgets";
    public const string IdempotencyKeys = "idempotencyKeys";
    public const string Outbox = "outbox";

    public static IReadOnlyList<string> All { get; } = [Users, Categories, Expenses, Budgets, IdempotencyKeys, Outbox];
}

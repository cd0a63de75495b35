using System.Text.Json;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>An expense as a row of the <c>expenses</c> table.</summary>
internal sealed record ExpenseRow
{
    public const string Columns =
        "id, user_id, date, amount_minor, currency, category_id, merchant, note, payment_method, tags, version, created_at, updated_at";

    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required string Date { get; init; }
    public long AmountMinor { get; init; }
    public required string Currency { get; init; }
    public string? CategoryId { get; init; }
    public string? Merchant { get; init; }
    public string? Note { get; init; }
    public string? PaymentMethod { get; init; }
    public required string Tags { get; init; }
    public long Version { get; init; }
    public required string CreatedAt { get; init; }
    public required string UpdatedAt { get; init; }

    public Expense ToExpense() => Expense.Restore(
        Guid.Parse(Id),
        UserId,
        SqliteValues.Date(Date),
        new ExpenseDetails(
            SqliteValues.Money(AmountMinor, Currency),
            SqliteValues.OptionalId(CategoryId),
            Merchant,
            Note,
            JsonSerializer.Deserialize<string[]>(Tags) ?? [],
            PaymentMethod),
        Version,
        SqliteValues.Timestamp(CreatedAt),
        SqliteValues.Timestamp(UpdatedAt));

    /// <summary>The parameters that write an expense: every column, plus the derived search columns.</summary>
    public static object Parameters(Expense expense) => new
    {
        Id = SqliteValues.Id(expense.Id),
        expense.UserId,
        Date = SqliteValues.Date(expense.Date),
        AmountMinor = expense.Details.Amount.MinorUnits,
        AmountE4 = SqliteValues.TenThousandths(expense.Details.Amount.Amount),
        Currency = expense.Details.Currency.Code,
        CategoryId = SqliteValues.Id(expense.Details.CategoryId),
        expense.Details.Merchant,
        expense.Details.Note,
        expense.Details.PaymentMethod,
        Tags = JsonSerializer.Serialize(expense.Details.Tags),
        SearchText = ExpenseSearchText.Of(expense.Details),
        expense.Version,
        CreatedAt = SqliteValues.Timestamp(expense.CreatedAt),
        UpdatedAt = SqliteValues.Timestamp(expense.UpdatedAt),
    };
}

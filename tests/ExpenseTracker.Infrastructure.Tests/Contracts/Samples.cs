using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

internal static class Samples
{
    public static readonly DateOnly Day = new(2026, 3, 15);

    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public static Expense Expense(
        string userId,
        decimal amount,
        string currency = "EUR",
        DateOnly? date = null,
        Guid? categoryId = null,
        string? merchant = null,
        string? note = null,
        IReadOnlyList<string>? tags = null,
        string? paymentMethod = null) =>
        Domain.Expenses.Expense.Record(
            userId,
            date ?? Day,
            new ExpenseDetails(Money.Of(amount, Currency.Of(currency)), categoryId, merchant, note, tags, paymentMethod),
            Now);

    public static Category Category(string userId, string name) => Domain.Categories.Category.Create(userId, name, null);

    public static OutboxMessage Created(Expense expense) =>
        OutboxMessage.From(new ExpenseCreated(expense.ToSnapshot()) { UserId = expense.UserId, OccurredAt = Now });

    public static OutboxMessage Updated(Expense expense) =>
        OutboxMessage.From(new ExpenseUpdated(expense.ToSnapshot(), expense.ToSnapshot()) { UserId = expense.UserId, OccurredAt = Now });

    public static OutboxMessage Deleted(Expense expense) =>
        OutboxMessage.From(new ExpenseDeleted(expense.ToSnapshot()) { UserId = expense.UserId, OccurredAt = Now });

    public static OutboxMessage CategoryDeleted(string userId, Guid categoryId, Guid? reassignedTo = null) =>
        OutboxMessage.From(new CategoryDeleted(categoryId, reassignedTo) { UserId = userId, OccurredAt = Now });

    public static OutboxMessage BudgetSet(string userId, Guid categoryId) =>
        OutboxMessage.From(new BudgetSet(categoryId, 1m, "EUR") { UserId = userId, OccurredAt = Now });

    public static OutboxMessage BudgetDeleted(string userId, Guid categoryId) =>
        OutboxMessage.From(new BudgetDeleted(categoryId) { UserId = userId, OccurredAt = Now });
}

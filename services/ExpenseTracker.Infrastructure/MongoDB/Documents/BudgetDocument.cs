using ExpenseTracker.Domain.Budgets;
using ExpenseTracker.Domain.Currencies;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>A monthly budget in the <c>budgets</c> collection: one per user and category.</summary>
internal sealed class BudgetDocument
{
    public ObjectId Id { get; set; }
    public string UserId { get; set; } = "";
    public Guid CategoryId { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";

    public Budget ToBudget() => new(UserId, CategoryId, Money.Of(Amount, Domain.Currencies.Currency.Of(Currency)));
}

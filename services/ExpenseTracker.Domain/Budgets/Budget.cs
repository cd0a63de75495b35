using ExpenseTracker.Domain.Currencies;

namespace ExpenseTracker.Domain.Budgets;

/// <summary>How much a user means to spend in a category each calendar month, in one currency.</summary>
public sealed record Budget
{
    public Budget(string userId, Guid categoryId, Money amount)
    {
        if (!amount.IsPositive || amount.Amount > Money.MaxAmount)
        {
            throw new DomainException("A budget must be positive and at most 1,000,000,000,000.");
        }

        UserId = userId;
        CategoryId = categoryId;
        Amount = amount;
    }

    public string UserId { get; }

    public Guid CategoryId { get; }

    public Money Amount { get; }

    /// <summary>The alert thresholds, in percent of the budget, that a month's spending can cross.</summary>
    public static IReadOnlyList<int> AlertThresholds { get; } = [80, 100];

    /// <summary>The thresholds that a month's spending has reached.</summary>
    public IEnumerable<int> ThresholdsReached(Money spent) =>
        AlertThresholds.Where(threshold => spent.Amount * 100m >= Amount.Amount * threshold);
}

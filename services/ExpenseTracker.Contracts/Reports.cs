using System.ComponentModel;

namespace ExpenseTracker.Contracts;

public sealed record CurrencyTotal(string Currency, decimal Amount);

public sealed record CategorySpending(
    Guid? CategoryId,
    string? Name,
    string Currency,
    decimal Amount,
    decimal? Budget,
    decimal? PercentOfBudget);

// Immutable (read-only lists of immutable records): caches may hand the same instance to every reader instead of a copy.
[ImmutableObject(true)]
public sealed record MonthlyReport(string Month, IReadOnlyList<CurrencyTotal> Totals, long Count, IReadOnlyList<CategorySpending> ByCategory);

public sealed record TrendPoint(string Month, IReadOnlyList<CurrencyTotal> Totals);

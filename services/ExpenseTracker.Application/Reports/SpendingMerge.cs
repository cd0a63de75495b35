using ExpenseTracker.Domain.Currencies;

namespace ExpenseTracker.Application.Reports;

/// <summary>Adds up sums that come from two places (live expenses and archived months), never mixing currencies.</summary>
public static class SpendingMerge
{
    public static MonthlySpending Combine(MonthlySpending live, MonthlySpending archived)
    {
        if (archived.Count == 0)
        {
            return live;
        }

        var totals = live.Totals.Concat(archived.Totals)
            .GroupBy(total => total.Currency)
            .Select(group => group.Aggregate((sum, next) => sum + next))
            .ToList();
        var byCategory = live.ByCategory.Concat(archived.ByCategory)
            .GroupBy(row => (row.CategoryId, row.Amount.Currency))
            .Select(group => new CategorySpent(group.Key.CategoryId, group.Select(row => row.Amount).Aggregate((sum, next) => sum + next)))
            .ToList();
        return new MonthlySpending(totals, live.Count + archived.Count, byCategory);
    }

    public static IReadOnlyList<MonthSpent> Combine(IReadOnlyList<MonthSpent> live, IReadOnlyList<MonthSpent> archived) =>
        archived.Count == 0
            ? live
            : live.Concat(archived)
                .GroupBy(row => (row.Month, row.Amount.Currency))
                .Select(group => new MonthSpent(group.Key.Month, group.Select(row => row.Amount).Aggregate((sum, next) => sum + next)))
                .ToList();
}

using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>The sums of archived months, read from the month documents that keep them (a few rows per month).</summary>
public sealed class MongoArchivedSpending(MongoStore store) : IArchivedSpending
{
    public async Task<MonthlySpending> MonthlyAsync(string userId, YearMonth month, CancellationToken cancellationToken)
    {
        var document = await store.ArchivedMonths.Find(ArchiveQueries.Month(userId, month).Filter).FirstOrDefaultAsync(cancellationToken);
        if (document is not { BlobName: not null, Totals.Length: > 0 })
        {
            return MonthlySpending.Empty;
        }

        // A category deleted since the month was archived counts as uncategorised, as it would for a live expense.
        var categories = (await store.Categories.Find(CategoryQueries.OfUser(userId).Filter).Project(d => d.Id).ToListAsync(cancellationToken)).ToHashSet();
        var rows = document.Totals
            .GroupBy(total => (CategoryId: total.CategoryId is { } id && categories.Contains(id) ? total.CategoryId : null, total.Currency))
            .Select(group => (group.Key.CategoryId, Amount: Sum(group.Key.Currency, group.Select(total => total.Amount)), Count: group.Sum(total => total.Count)))
            .ToList();
        return new MonthlySpending(
            rows.GroupBy(row => row.Amount.Currency).Select(group => group.Select(row => row.Amount).Aggregate((sum, next) => sum + next)).ToList(),
            rows.Sum(row => row.Count),
            rows.Select(row => new CategorySpent(row.CategoryId, row.Amount)).ToList());
    }

    public async Task<IReadOnlyList<MonthSpent>> TrendAsync(string userId, YearMonth from, YearMonth to, CancellationToken cancellationToken)
    {
        var documents = await store.ArchivedMonths.Find(ArchiveQueries.ArchivedBetween(userId, from, to).Filter).ToListAsync(cancellationToken);
        return documents
            .SelectMany(document => document.Totals
                .GroupBy(total => total.Currency)
                .Select(group => new MonthSpent(YearMonth.Parse(document.Month), Sum(group.Key, group.Select(total => total.Amount)))))
            .ToList();
    }

    private static Money Sum(string currency, IEnumerable<decimal> amounts) => Money.Of(amounts.Sum(), Currency.Of(currency));
}

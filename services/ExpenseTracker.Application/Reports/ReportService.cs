using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Budgets;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Currencies;

namespace ExpenseTracker.Application.Reports;

/// <summary>Where the money went: a month by category against its budgets, and a run of months.</summary>
public sealed class ReportService(IReportStore reports, IArchivedSpending archived, ICategoryStore categories, IBudgetStore budgets, UserViewCache views)
{
    public const int MaxTrendMonths = 120;

    public async Task<Result<MonthlyReport>> MonthlyAsync(string userId, string? month, CancellationToken cancellationToken)
    {
        if (!YearMonth.TryParse(month, out var parsed))
        {
            return Error.Validation("month", "The month is required, written yyyy-MM (for example 2026-11).");
        }

        return await views.GetOrCreateAsync(
            userId,
            ApplicationMetrics.Caches.MonthlyReport,
            UserCache.MonthlyReportKey(userId, parsed.ToString()),
            (service: this, userId, parsed),
            static async (state, token) => await state.service.BuildMonthlyAsync(state.userId, state.parsed, token),
            UserCache.ReportsTag(userId),
            cancellationToken);
    }

    public async Task<Result<IReadOnlyList<TrendPoint>>> TrendAsync(string userId, string? from, string? to, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (!YearMonth.TryParse(from, out var first))
        {
            errors.Add("from", "The first month is required, written yyyy-MM.");
        }

        if (!YearMonth.TryParse(to, out var last))
        {
            errors.Add("to", "The last month is required, written yyyy-MM.");
        }
        else if (!errors.Any && last < first)
        {
            errors.Add("to", "'to' cannot be before 'from'.");
        }
        else if (!errors.Any && last.MonthsSince(first) >= MaxTrendMonths)
        {
            errors.Add("to", $"A trend spans at most {MaxTrendMonths} months.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        return await views.GetOrCreateAsync(
            userId,
            ApplicationMetrics.Caches.Trend,
            UserCache.TrendKey(userId, first.ToString(), last.ToString()),
            (service: this, userId, first, last),
            static async (state, token) => BuildTrend(state.first, state.last, await state.service.TrendSpentAsync(state.userId, state.first, state.last, token)),
            UserCache.ReportsTag(userId),
            cancellationToken);
    }

    private async Task<MonthlyReport> BuildMonthlyAsync(string userId, YearMonth month, CancellationToken cancellationToken)
    {
        // Archived months keep their sums, so a report counts their expenses as if they had never moved.
        var spending = SpendingMerge.Combine(
            await reports.MonthlyAsync(userId, month, cancellationToken),
            await archived.MonthlyAsync(userId, month, cancellationToken));
        var names = (await categories.ListAsync(userId, cancellationToken)).ToDictionary(category => category.Id, category => category.Name);
        var userBudgets = await budgets.ListAsync(userId, cancellationToken);
        return new MonthlyReport(
            month.ToString(),
            spending.Totals.OrderBy(total => total.Currency.Code, StringComparer.Ordinal).Select(ToTotal).ToList(),
            spending.Count,
            ByCategory(spending.ByCategory, names, userBudgets));
    }

    private async Task<IReadOnlyList<MonthSpent>> TrendSpentAsync(string userId, YearMonth first, YearMonth last, CancellationToken cancellationToken) =>
        SpendingMerge.Combine(
            await reports.TrendAsync(userId, first, last, cancellationToken),
            await archived.TrendAsync(userId, first, last, cancellationToken));

    private static List<CategorySpending> ByCategory(IReadOnlyList<CategorySpent> spent, Dictionary<Guid, string> names, IReadOnlyList<Budget> budgets)
    {
        var budgetOf = budgets.ToDictionary(budget => budget.CategoryId);
        var rows = spent.Select(row => Row(row.CategoryId, row.Amount, names, budgetOf)).ToList();
        var unspentBudgets = budgets
            .Where(budget => !spent.Any(row => row.CategoryId == budget.CategoryId && row.Amount.Currency == budget.Amount.Currency))
            .Select(budget => Row(budget.CategoryId, Money.Zero(budget.Amount.Currency), names, budgetOf));
        return rows
            .Concat(unspentBudgets)
            .OrderBy(row => row.CategoryId is null)
            .ThenByDescending(row => row.Amount)
            .ThenBy(row => row.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(row => row.Currency, StringComparer.Ordinal)
            .ToList();
    }

    private static CategorySpending Row(Guid? categoryId, Money amount, Dictionary<Guid, string> names, Dictionary<Guid, Budget> budgetOf)
    {
        var name = categoryId is { } id && names.TryGetValue(id, out var found) ? found : null;
        var budget = categoryId is { } key && budgetOf.TryGetValue(key, out var b) && b.Amount.Currency == amount.Currency ? b.Amount : (Money?)null;
        return new CategorySpending(categoryId, name, amount.Currency.Code, amount.Amount, budget?.Amount, budget is { } whole ? amount.PercentOf(whole) : null);
    }

    private static List<TrendPoint> BuildTrend(YearMonth first, YearMonth last, IReadOnlyList<MonthSpent> spent)
    {
        var byMonth = spent.ToLookup(row => row.Month);
        var points = new List<TrendPoint>(last.MonthsSince(first) + 1);
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            points.Add(new TrendPoint(
                month.ToString(),
                byMonth[month].OrderBy(row => row.Amount.Currency.Code, StringComparer.Ordinal).Select(row => ToTotal(row.Amount)).ToList()));
        }

        return points;
    }

    private static CurrencyTotal ToTotal(Money money) => new(money.Currency.Code, money.Amount);
}

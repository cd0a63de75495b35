using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Recurring;

namespace ExpenseTracker.Application.Recurring;

/// <summary>
/// Turns due occurrences of recurring rules into expenses: each exactly once, oldest first, also those missed while
/// nothing ran (catch-up). Several schedulers may run at once: the store lets only one of them record an occurrence.
/// </summary>
public sealed class RecurringScheduler(IRecurringStore rules, UserViewCache views, TimeProvider clock)
{
    private const int BatchSize = 100;

    /// <summary>Creates every occurrence due today or earlier; answers how many this call created.</summary>
    public async Task<int> CreateDueAsync(CancellationToken cancellationToken)
    {
        var created = 0;
        while (true)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var due = await rules.ListDueAsync(today, BatchSize, cancellationToken);
            var progress = 0;
            foreach (var rule in due)
            {
                progress += await CatchUpAsync(rule, today, cancellationToken);
            }

            created += progress;
            if (due.Count < BatchSize || progress == 0)
            {
                return created;
            }
        }
    }

    private async Task<int> CatchUpAsync(RecurringRule rule, DateOnly today, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var (index, date) in rule.DueOccurrences(today).ToList())
        {
            var expectedVersion = rule.Version;
            var now = clock.GetUtcNow();
            var expense = Expense.Record(rule.UserId, date, rule.Template, now);
            rule.MarkCreated(index);
            var message = OutboxMessage.From(new ExpenseCreated(expense.ToSnapshot()) { UserId = rule.UserId, OccurredAt = now });
            if (!await rules.AddOccurrenceAsync(rule, expectedVersion, date, expense, message, cancellationToken))
            {
                // Another scheduler, or the user, changed the rule first; the next run reads it again.
                break;
            }

            created++;
            ApplicationMetrics.ExpenseRecorded(ApplicationMetrics.Sources.Recurring);
        }

        if (created > 0)
        {
            await views.InvalidateReportsAsync(rule.UserId, cancellationToken);
        }

        return created;
    }
}

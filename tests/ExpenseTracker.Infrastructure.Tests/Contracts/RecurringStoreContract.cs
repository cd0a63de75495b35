using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Recurring;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Recurring;
using ExpenseTracker.Infrastructure.Tests.Adapters;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

/// <summary>
/// Recurring rules and the exactly-once creation of their occurrences. Due rules are read across users, so this
/// contract runs on a store of its own; rules that a test does not want created start in the future or have ended.
/// </summary>
public abstract class RecurringStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private static readonly DateOnly Future = new(2099, 1, 31);

    private IRecurringStore Rules => Store.Port<IRecurringStore>();

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_rule_reads_back_as_it_was_written_only_to_its_user_and_rules_list_oldest_first()
    {
        var category = await CategoryAsync("Subscriptions");
        var first = Samples.Rule(UserId, Future, new DateOnly(2100, 12, 31), Frequency.Weekly, 1234.56m, category);
        var second = Samples.Rule(UserId, Future.AddDays(1));
        await Rules.AddAsync(first, Samples.RuleCreated(first), Token);
        await Rules.AddAsync(second, Samples.RuleCreated(second), Token);

        var stored = await Rules.FindAsync(UserId, first.Id, Token);
        Assert.NotNull(stored);
        Assert.Equal(first.Template, stored.Template);
        Assert.Equal(Money.Of(1234.56m, Currency.Of("EUR")), stored.Template.Amount);
        Assert.Equal(["tv", "Home"], stored.Template.Tags);
        Assert.Equal(first.Schedule, stored.Schedule);
        Assert.Equal(0, stored.OccurrencesCreated);
        Assert.Equal(1, stored.Version);
        Assert.Equal(Future, stored.NextOccurrence);

        Assert.Equal([first.Id, second.Id], (await Rules.ListAsync(UserId, Token)).Select(rule => rule.Id));
        var intruder = StoreUnderTest.NewUserId();
        Assert.Null(await Rules.FindAsync(intruder, first.Id, Token));
        Assert.Empty(await Rules.ListAsync(intruder, Token));
        Assert.Equal(2, (await Store.OutboxMessageIdsAsync(UserId)).Count);
    }

    [Fact]
    public async Task A_change_from_the_current_version_is_saved_and_one_from_an_older_version_changes_nothing()
    {
        var rule = Samples.Rule(UserId, Future);
        await Rules.AddAsync(rule, Samples.RuleCreated(rule), Token);

        var current = (await Rules.FindAsync(UserId, rule.Id, Token))!;
        current.Replace(current.Template with { CategoryId = null }, new Schedule(Frequency.Yearly, 2, Future, null), Today);
        Assert.True(await Rules.UpdateAsync(current, 1, Samples.RuleUpdated(current), Token));

        var stale = (await Rules.FindAsync(UserId, rule.Id, Token))!;
        stale.Replace(stale.Template, new Schedule(Frequency.Weekly, 3, Future, null), Today);
        Assert.False(await Rules.UpdateAsync(stale, 1, Samples.RuleUpdated(stale), Token));

        var stored = (await Rules.FindAsync(UserId, rule.Id, Token))!;
        Assert.Equal(2, stored.Version);
        Assert.Equal(new Schedule(Frequency.Yearly, 2, Future, null), stored.Schedule);
        Assert.Equal(2, (await Store.OutboxMessageIdsAsync(UserId)).Count);
    }

    [Fact]
    public async Task A_deleted_rule_is_gone_with_its_message_and_the_expenses_it_created_stay()
    {
        var rule = Samples.Rule(UserId, new DateOnly(2001, 1, 15), new DateOnly(2001, 1, 15));
        await Rules.AddAsync(rule, Samples.RuleCreated(rule), Token);
        var expense = await CreateOccurrenceAsync(rule, 0);

        Assert.True(await Rules.DeleteAsync(rule, Samples.RuleDeleted(rule), Token));
        Assert.False(await Rules.DeleteAsync(rule, Samples.RuleDeleted(rule), Token));

        Assert.Null(await Rules.FindAsync(UserId, rule.Id, Token));
        Assert.NotNull(await Store.Port<IExpenseStore>().FindAsync(UserId, expense.Id, Token));
        Assert.Equal(3, (await Store.OutboxMessageIdsAsync(UserId)).Count);
    }

    [Fact]
    public async Task Due_rules_of_every_user_are_listed_most_overdue_first_and_ended_or_future_ones_not_at_all()
    {
        var other = StoreUnderTest.NewUserId();
        var later = Samples.Rule(UserId, new DateOnly(1990, 3, 1), new DateOnly(1990, 3, 1));
        var earlier = Samples.Rule(other, new DateOnly(1990, 2, 1), new DateOnly(1990, 2, 1));
        var notYet = Samples.Rule(UserId, new DateOnly(1990, 4, 2), new DateOnly(1990, 4, 2));
        foreach (var rule in new[] { later, earlier, notYet })
        {
            await Rules.AddAsync(rule, Samples.RuleCreated(rule), Token);
        }

        var ended = Samples.Rule(UserId, new DateOnly(1990, 1, 1), new DateOnly(1990, 1, 1));
        await Rules.AddAsync(ended, Samples.RuleCreated(ended), Token);
        await CreateOccurrenceAsync(ended, 0);

        var due = (await Rules.ListDueAsync(new DateOnly(1990, 4, 1), 100, Token)).Select(rule => rule.Id).ToList();
        Assert.Equal([earlier.Id, later.Id], due.Where(id => id == earlier.Id || id == later.Id || id == notYet.Id || id == ended.Id));
        Assert.Equal([earlier.Id], (await Rules.ListDueAsync(new DateOnly(1990, 2, 1), 1, Token)).Select(rule => rule.Id));
    }

    [Fact]
    public async Task An_occurrence_is_created_once_with_its_expense_and_message_and_a_second_try_writes_nothing()
    {
        var rule = Samples.Rule(UserId, new DateOnly(2002, 5, 31), new DateOnly(2002, 6, 30));
        await Rules.AddAsync(rule, Samples.RuleCreated(rule), Token);
        var stale = (await Rules.FindAsync(UserId, rule.Id, Token))!;

        var expense = await CreateOccurrenceAsync(rule, 0);
        var stored = (await Rules.FindAsync(UserId, rule.Id, Token))!;
        Assert.Equal(1, stored.OccurrencesCreated);
        Assert.Equal(2, stored.Version);
        Assert.Equal(new DateOnly(2002, 6, 30), stored.NextOccurrence);
        var created = await Store.Port<IExpenseStore>().FindAsync(UserId, expense.Id, Token);
        Assert.Equal(new DateOnly(2002, 5, 31), created?.Date);
        Assert.Equal(rule.Template.Amount, created?.Details.Amount);

        // A scheduler that read the rule before: its version is gone.
        Assert.False(await TryOccurrenceAsync(stale, 0));

        // A scheduler with the current version that tries a date already created (the key is per rule and date).
        Assert.False(await TryOccurrenceAsync(stored, 1, new DateOnly(2002, 5, 31)));

        Assert.Equal(1, (await Rules.FindAsync(UserId, rule.Id, Token))!.OccurrencesCreated);
        Assert.Single(await ExpensesAsync());
        Assert.Equal(2, (await Store.OutboxMessageIdsAsync(UserId)).Count);
    }

    [Fact]
    public async Task Two_schedulers_in_two_processes_running_at_once_create_each_due_occurrence_exactly_once()
    {
        var start = Today.AddMonths(-9);
        var rules = new[]
        {
            Samples.Rule(UserId, start, Today, Frequency.Monthly),
            Samples.Rule(UserId, start.AddDays(3), Today, Frequency.Weekly, 2.50m),
        };
        foreach (var rule in rules)
        {
            await Rules.AddAsync(rule, Samples.RuleCreated(rule), Token);
        }

        var due = rules.Sum(rule => rule.DueOccurrences(Today).Count());
        using var otherProcess = await Store.StartSiblingAsync();
        await Task.WhenAll(
            Task.Run(() => Scheduler(Store.Services).CreateDueAsync(Token), Token),
            Task.Run(() => Scheduler(otherProcess.Services).CreateDueAsync(Token), Token));
        await Task.WhenAll(Scheduler(Store.Services).CreateDueAsync(Token), Scheduler(otherProcess.Services).CreateDueAsync(Token));
        await otherProcess.StopAsync(Token);

        var expenses = await ExpensesAsync();
        Assert.Equal(due, expenses.Count);
        foreach (var rule in rules)
        {
            var dates = rule.DueOccurrences(Today).Select(occurrence => occurrence.Date).ToList();
            Assert.Equal(dates, expenses.Where(expense => expense.Details.Amount == rule.Template.Amount).Select(expense => expense.Date).Order());
            Assert.Equal(dates.Count, (await Rules.FindAsync(UserId, rule.Id, Token))!.OccurrencesCreated);
        }

        Assert.Equal(due + rules.Length, (await Store.OutboxMessageIdsAsync(UserId)).Count);
    }

    [Fact]
    public async Task A_category_a_rule_uses_is_not_deleted_unless_the_rule_moves_to_another_one()
    {
        var streaming = await CategoryAsync("Streaming");
        var leisure = await CategoryAsync("Leisure");
        var rule = Samples.Rule(UserId, Future, categoryId: streaming);
        await Rules.AddAsync(rule, Samples.RuleCreated(rule), Token);
        var categories = Store.Port<ICategoryStore>();

        Assert.Equal(CategoryDeletion.InUse, await categories.DeleteAsync(UserId, streaming, null, Samples.CategoryDeleted(UserId, streaming), Token));
        Assert.Equal(streaming, (await Rules.FindAsync(UserId, rule.Id, Token))!.Template.CategoryId);

        Assert.Equal(CategoryDeletion.Deleted, await categories.DeleteAsync(UserId, streaming, leisure, Samples.CategoryDeleted(UserId, streaming, leisure), Token));
        var moved = (await Rules.FindAsync(UserId, rule.Id, Token))!;
        Assert.Equal(leisure, moved.Template.CategoryId);
        Assert.Equal(2, moved.Version);
    }

    private static RecurringScheduler Scheduler(IServiceProvider services) =>
        new(services.GetRequiredService<IRecurringStore>(), new UserViewCache(services.GetRequiredService<HybridCache>(), services.GetRequiredService<IViewGenerations>()), TimeProvider.System);

    private async Task<Expense> CreateOccurrenceAsync(RecurringRule rule, long index)
    {
        var expense = Expense.Record(rule.UserId, rule.Schedule.Occurrence(index)!.Value, rule.Template, Samples.Now);
        var expectedVersion = rule.Version;
        var date = expense.Date;
        rule.MarkCreated(index);
        Assert.True(await Rules.AddOccurrenceAsync(rule, expectedVersion, date, expense, Samples.Created(expense), Token));
        return expense;
    }

    private async Task<bool> TryOccurrenceAsync(RecurringRule rule, long index, DateOnly? date = null)
    {
        var on = date ?? rule.Schedule.Occurrence(index)!.Value;
        var expense = Expense.Record(rule.UserId, on, rule.Template, Samples.Now);
        var expectedVersion = rule.Version;
        rule.MarkCreated(index);
        return await Rules.AddOccurrenceAsync(rule, expectedVersion, on, expense, Samples.Created(expense), Token);
    }

    private async Task<IReadOnlyList<Expense>> ExpensesAsync() =>
        (await Store.Port<IExpenseStore>().ListAsync(UserId, ExpenseFilter.None, ExpenseSort.DateAscending, new PageRequest(1, 200), Token)).Items;
}

using System.Net;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Client;

public sealed class RecurringClientTests(SharedApi api)
{
    [Fact]
    public async Task A_recurring_expense_is_created_listed_changed_and_deleted()
    {
        await using var client = ClientScope.SignedIn(api);
        var start = Expenses.Today.AddMonths(2);
        var food = await client.Api.CategoryAsync("Food");

        var created = await client.Api.Recurring.CreateAsync(
            new RecurringRequest(9.99m, "EUR", "monthly", 1, start, CategoryId: food.Id, Merchant: "Streaming", Tags: ["tv"]));
        var listed = await client.Api.Recurring.ListAsync();
        var changed = await client.Api.Recurring.UpdateAsync(
            created.Id, new RecurringRequest(12.49m, "EUR", "yearly", 2, start, start.AddYears(10), Merchant: "Streaming plus"));
        await client.Api.Recurring.DeleteAsync(created.Id);

        Assert.Equal(9.99m, created.Amount);
        Assert.Equal("monthly", created.Frequency);
        Assert.Equal(start, created.StartDate);
        Assert.Equal(start, created.NextOccurrence);
        Assert.Equal(food.Id, created.CategoryId);
        Assert.Equal(["tv"], created.Tags);
        Assert.Equal(created.Id, Assert.Single(listed).Id);
        Assert.Equal(created.Id, changed.Id);
        Assert.Equal((12.49m, "yearly", 2, start.AddYears(10), "Streaming plus"), (changed.Amount, changed.Frequency, changed.Interval, changed.EndDate, changed.Merchant));
        Assert.Empty(await client.Api.Recurring.ListAsync());
    }

    [Fact]
    public async Task A_rule_that_started_in_the_past_creates_each_due_occurrence_once()
    {
        await using var client = ClientScope.SignedIn(api);
        var start = Expenses.Today.AddDays(-14);

        var rule = await client.Api.Recurring.CreateAsync(new RecurringRequest(3.50m, "EUR", "weekly", 1, start, Merchant: "Weekly paper"));

        var created = await Eventually.ValueAsync(
            () => client.Api.Expenses.ListAsync(new ExpenseQuery { Q = "weekly paper", Sort = "date" }),
            page => page.TotalCount >= 3,
            "the three weekly occurrences already due");
        Assert.Equal([start, start.AddDays(7), start.AddDays(14)], created.Items.Select(expense => expense.Date));
        Assert.All(created.Items, expense => Assert.Equal(3.50m, expense.Amount));
        var listed = Assert.Single(await client.Api.Recurring.ListAsync());
        Assert.Equal(rule.Id, listed.Id);
        Assert.Equal(Expenses.Today.AddDays(7), listed.NextOccurrence);
    }

    [Fact]
    public async Task A_bad_rule_answers_400_with_each_field_at_fault_and_creates_nothing()
    {
        await using var client = ClientScope.SignedIn(api);

        var invalid = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() =>
            client.Api.Recurring.CreateAsync(new RecurringRequest(5m, "EUR", "daily", 0, Expenses.Today, Expenses.Today.AddDays(-1))));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["endDate", "frequency", "interval"], invalid.FieldErrors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await client.Api.Recurring.ListAsync());
    }

    [Fact]
    public async Task Another_users_rule_answers_404_and_stays_as_it_was()
    {
        await using var alice = ClientScope.SignedIn(api);
        await using var bob = ClientScope.SignedIn(api);
        var rule = await alice.Api.Recurring.CreateAsync(new RecurringRequest(20m, "EUR", "monthly", 1, Expenses.Today.AddMonths(1), Merchant: "Gym"));

        var change = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() =>
            bob.Api.Recurring.UpdateAsync(rule.Id, new RecurringRequest(1m, "EUR", "monthly", 1, Expenses.Today.AddMonths(1))));
        var delete = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => bob.Api.Recurring.DeleteAsync(rule.Id));

        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Empty(await bob.Api.Recurring.ListAsync());
        var kept = Assert.Single(await alice.Api.Recurring.ListAsync());
        Assert.Equal((rule.Id, 20m, "Gym"), (kept.Id, kept.Amount, kept.Merchant));
    }
}

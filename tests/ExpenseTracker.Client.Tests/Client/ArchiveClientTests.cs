using System.Net;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Client;

/// <summary>Months older than <c>Archive:AfterMonths</c> (24), archived by the job's own work run for one user, listed and restored through the client.</summary>
public sealed class ArchiveClientTests(SharedApi api)
{
    [Fact]
    public async Task Archived_months_are_listed_with_their_expense_counts_and_a_restored_month_comes_back()
    {
        var user = UserNames.New("archive");
        await using var client = ClientScope.SignedIn(api, user);
        var lunch = await client.Api.CreateExpenseAsync(Expenses.Request(12.50m, date: new DateOnly(2020, 3, 5), merchant: "Canteen"));
        await client.Api.CreateExpenseAsync(Expenses.Request(4200m, "JPY", new DateOnly(2020, 3, 31), merchant: "JR"));
        await client.Api.CreateExpenseAsync(Expenses.Request(1.125m, "BHD", new DateOnly(2020, 4, 1), merchant: "Souq"));
        var before = await client.Api.Reports.MonthlyAsync("2020-03");

        await OneUserArchive.RunAsync(api, user);
        var archived = await client.Api.Archive.ListAsync();
        var whileArchived = await client.Api.Expenses.ListAsync();
        var restored = await client.Api.Archive.RestoreAsync("2020-03");

        Assert.Equal([("2020-03", 2L), ("2020-04", 1L)], archived.Select(month => (month.Month, month.ExpenseCount)));
        Assert.All(archived, month => Assert.True(month.ArchivedAt > DateTimeOffset.UtcNow.AddMinutes(-5), $"archived at {month.ArchivedAt}"));
        Assert.Equal(0, whileArchived.TotalCount);
        Assert.Equal(new RestoreResponse("2020-03", 2), restored);
        Assert.Equal(["2020-04"], (await client.Api.Archive.ListAsync()).Select(month => month.Month));
        Assert.Equal(12.50m, (await client.Api.Expenses.GetAsync(lunch.Id).WithETagAsync()).Value.Amount);
        Assert.Equal(before.Totals, (await client.Api.Reports.MonthlyAsync("2020-03")).Totals);
    }

    [Fact]
    public async Task Restoring_another_users_month_or_one_not_archived_answers_404_and_a_malformed_month_400()
    {
        var owner = UserNames.New("archive-owner");
        await using var alice = ClientScope.SignedIn(api, owner);
        await using var bob = ClientScope.SignedIn(api);
        await alice.Api.CreateExpenseAsync(Expenses.Request(1m, date: new DateOnly(2017, 5, 5)));
        await OneUserArchive.RunAsync(api, owner);

        var stranger = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => bob.Api.Archive.RestoreAsync("2017-05"));
        var notArchived = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => alice.Api.Archive.RestoreAsync("2017-06"));
        var malformed = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => alice.Api.Archive.RestoreAsync("May-2017"));

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notArchived.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("month", malformed.FieldErrors.Keys);
        Assert.Empty(await bob.Api.Archive.ListAsync());
        Assert.Equal(["2017-05"], (await alice.Api.Archive.ListAsync()).Select(month => month.Month));
    }
}

using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Contracts;
using ExpenseTracker.Distributed.Tests.Hosts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ExpenseTracker.Distributed.Tests;

/// <summary>The recurring scheduler in two workers at once, after a week with no worker running.</summary>
public sealed class RecurringSchedulerTests(SharedBroker broker)
{
    [Fact]
    public async Task Two_workers_create_each_occurrence_once_also_those_missed_during_a_week_of_downtime()
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-60);
        var clock = new FakeTimeProvider(new DateTimeOffset(start.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var deployment = new Deployment(broker.Server.ConnectionString, null);
        await using var api = deployment.StartApi();
        var client = await api.SignedInClientAsync("subscriber");
        var rule = await (await client.PostAsJsonAsync("/api/v1/recurring", new RecurringRequest(4.99m, "EUR", "weekly", 1, start, Merchant: "Music")))
            .Content.ReadFromJsonAsync<RecurringResponse>();

        // A week and a day pass with no worker running: the occurrences of day 0 and day 7 are due.
        clock.Advance(TimeSpan.FromDays(8));
        await using var first = new WorkerHost(deployment, services => services.AddSingleton<TimeProvider>(clock));
        await using var second = new WorkerHost(deployment, services => services.AddSingleton<TimeProvider>(clock));

        async Task<List<DateOnly>> DatesAsync() =>
            (await client.GetFromJsonAsync<PagedResponse<ExpenseResponse>>("/api/v1/expenses?sort=date&pageSize=200"))!.Items.Select(expense => expense.Date).ToList();

        await Eventually.ValueAsync(DatesAsync, dates => dates.Count >= 2, what: "the missed occurrences created");
        await Task.Delay(1000);
        Assert.Equal([start, start.AddDays(7)], await DatesAsync());

        // Both keep running; another week passes.
        clock.Advance(TimeSpan.FromDays(7));
        await Eventually.ValueAsync(DatesAsync, dates => dates.Count >= 3, what: "the next occurrence created");
        await Task.Delay(1000);
        Assert.Equal([start, start.AddDays(7), start.AddDays(14)], await DatesAsync());

        var listed = Assert.Single((await client.GetFromJsonAsync<List<RecurringResponse>>("/api/v1/recurring"))!);
        Assert.Equal(rule!.Id, listed.Id);
        Assert.Equal(start.AddDays(21), listed.NextOccurrence);
    }
}

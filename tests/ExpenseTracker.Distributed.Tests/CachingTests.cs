using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Contracts;
using ExpenseTracker.Distributed.Tests.Hosts;
using ExpenseTracker.Domain;
using ExpenseTracker.LocalServers;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Distributed.Tests;

/// <summary>HybridCache with Redis as its second level, in front of the report store.</summary>
public sealed class CachingTests(SharedBroker broker)
{
    [Fact]
    public async Task A_thousand_concurrent_requests_for_a_cold_report_query_the_store_once()
    {
        InstalledServers.Require(InstalledServers.Redis);
        await using var redis = await RedisServer.StartAsync();
        var counter = new CountingReportStore.Calls();
        await using var api = new Deployment(null, redis.ConnectionString).StartApi(services => CountingReportStore.Decorate(services, counter));
        var client = await api.SignedInClientAsync("popular");
        (await client.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(12.5m, "EUR", new DateOnly(2026, 2, 3)))).EnsureSuccessStatusCode();
        // The write's event drops the user's reports once more when the in-process bus delivers it: let that happen first.
        var outbox = api.Services.GetRequiredService<IOutboxStore>();
        await Eventually.ValueAsync(async () => (await outbox.BacklogAsync(CancellationToken.None)).Pending, pending => pending == 0, what: "the outbox drained");
        counter.Monthly = 0;

        var responses = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(_ => client.GetAsync("/api/v1/reports/monthly?month=2026-02")));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, counter.Monthly);
        var report = await responses[^1].Content.ReadFromJsonAsync<MonthlyReport>();
        Assert.Equal([new CurrencyTotal("EUR", 12.50m)], report!.Totals);
    }

    [Fact]
    public async Task Stopping_redis_mid_run_fails_no_request_and_no_report_goes_stale()
    {
        InstalledServers.Require(InstalledServers.Redis);
        await using var redis = await RedisServer.StartAsync();
        await using var api = new Deployment(null, redis.ConnectionString).StartApi();
        var client = await api.SignedInClientAsync("steady");
        var failures = new List<string>();
        var expected = 0m;

        for (var round = 0; round < 150; round++)
        {
            if (round == 50)
            {
                redis.Stop();
            }
            else if (round == 110)
            {
                await redis.StartAgainAsync();
            }

            var write = await client.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(1m, "EUR", new DateOnly(2026, 3, 3)));
            expected += 1m;
            var reads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetAsync("/api/v1/reports/monthly?month=2026-03")));
            var categories = await client.GetAsync("/api/v1/categories");
            foreach (var response in reads.Append(write).Append(categories))
            {
                if (!response.IsSuccessStatusCode)
                {
                    failures.Add($"round {round}: {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
                }
            }

            var report = await reads[0].Content.ReadFromJsonAsync<MonthlyReport>();
            if (report?.Totals.SingleOrDefault()?.Amount != expected)
            {
                failures.Add($"round {round}: stale report {report?.Totals.SingleOrDefault()?.Amount} instead of {expected}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_change_through_one_api_process_reaches_the_memory_cache_of_another()
    {
        await using var replicas = await TwoReplicas.StartAsync(broker, "roaming");
        await using var worker = new WorkerHost(replicas.Deployment);
        var (viaFirst, viaSecond) = (replicas.ViaFirst, replicas.ViaSecond);
        (await viaFirst.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(5m, "EUR", new DateOnly(2026, 4, 4)))).EnsureSuccessStatusCode();
        Assert.Equal(5m, (await viaSecond.GetFromJsonAsync<MonthlyReport>("/api/v1/reports/monthly?month=2026-04"))!.Totals.Single().Amount);

        (await viaFirst.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(7m, "EUR", new DateOnly(2026, 4, 5)))).EnsureSuccessStatusCode();

        await Eventually.ValueAsync(
            async () => (await viaSecond.GetFromJsonAsync<MonthlyReport>("/api/v1/reports/monthly?month=2026-04"))!.Totals.Single().Amount,
            amount => amount == 12m,
            "the second process's cached report invalidated",
            TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_change_through_one_api_process_is_never_followed_by_a_stale_view_from_another()
    {
        // No worker runs, so no event reaches the second process: only the view generation in Redis can tell it.
        await using var replicas = await TwoReplicas.StartAsync(broker, "two-replicas");
        var (viaFirst, viaSecond) = (replicas.ViaFirst, replicas.ViaSecond);
        (await viaFirst.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(5m, "EUR", new DateOnly(2026, 5, 5)))).EnsureSuccessStatusCode();
        Assert.Equal(5m, (await viaSecond.GetFromJsonAsync<MonthlyReport>("/api/v1/reports/monthly?month=2026-05"))!.Totals.Single().Amount);
        Assert.DoesNotContain((await viaSecond.GetFromJsonAsync<List<CategoryResponse>>("/api/v1/categories"))!, category => category.Name == "Pets");

        (await viaFirst.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(7m, "EUR", new DateOnly(2026, 5, 6)))).EnsureSuccessStatusCode();
        (await viaFirst.PostAsJsonAsync("/api/v1/categories", new CategoryRequest("Pets"))).EnsureSuccessStatusCode();

        Assert.Equal(12m, (await viaSecond.GetFromJsonAsync<MonthlyReport>("/api/v1/reports/monthly?month=2026-05"))!.Totals.Single().Amount);
        Assert.Contains((await viaSecond.GetFromJsonAsync<List<CategoryResponse>>("/api/v1/categories"))!, category => category.Name == "Pets");
    }

    [Fact]
    public async Task A_replica_busy_reading_sees_a_change_made_through_another_as_soon_as_it_is_acknowledged()
    {
        // The second process reads without pause, so it always holds a recently read generation: the change must
        // still be visible to it the moment the first process acknowledges it.
        await using var replicas = await TwoReplicas.StartAsync(broker, "busy-reader");
        var (viaFirst, viaSecond) = (replicas.ViaFirst, replicas.ViaSecond);
        const string Report = "/api/v1/reports/monthly?month=2026-06";
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                (await viaSecond.GetAsync(Report, CancellationToken.None)).EnsureSuccessStatusCode();
            }
        })).ToList();

        var stale = new List<string>();
        for (var round = 1; round <= 30; round++)
        {
            (await viaFirst.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(1m, "EUR", new DateOnly(2026, 6, 6)))).EnsureSuccessStatusCode();
            var total = (await viaSecond.GetFromJsonAsync<MonthlyReport>(Report))!.Totals.Single().Amount;
            if (total != round)
            {
                stale.Add($"after change {round} the other process answered {total}");
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Empty(stale);
    }

    /// <summary>Two API processes sharing Redis, the broker and the store, and one user signed in through each.</summary>
    private sealed class TwoReplicas(RedisServer redis, Deployment deployment, ApiHost first, ApiHost second) : IAsyncDisposable
    {
        public Deployment Deployment => deployment;

        public required HttpClient ViaFirst { get; init; }

        public required HttpClient ViaSecond { get; init; }

        public static async Task<TwoReplicas> StartAsync(SharedBroker broker, string user)
        {
            InstalledServers.Require(InstalledServers.Redis);
            var redis = await RedisServer.StartAsync();
            var deployment = new Deployment(broker.Server.ConnectionString, redis.ConnectionString);
            var (first, second) = (deployment.StartApi(), deployment.StartApi());
            return new TwoReplicas(redis, deployment, first, second)
            {
                ViaFirst = await first.SignedInClientAsync(user),
                ViaSecond = await second.SignedInClientAsync(user),
            };
        }

        public async ValueTask DisposeAsync()
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
            await redis.DisposeAsync();
        }
    }

    /// <summary>Counts the report queries that reach the store.</summary>
    private sealed class CountingReportStore(IReportStore inner, CountingReportStore.Calls calls) : IReportStore
    {
        public Task<MonthlySpending> MonthlyAsync(string userId, YearMonth month, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls.Monthly);
            return inner.MonthlyAsync(userId, month, cancellationToken);
        }

        public Task<IReadOnlyList<MonthSpent>> TrendAsync(string userId, YearMonth from, YearMonth to, CancellationToken cancellationToken) =>
            inner.TrendAsync(userId, from, to, cancellationToken);

        public static void Decorate(IServiceCollection services, Calls calls)
        {
            var original = services.Last(descriptor => descriptor.ServiceType == typeof(IReportStore));
            services.Remove(original);
            services.AddSingleton(calls);
            services.AddSingleton<IReportStore>(sp => new CountingReportStore(
                (IReportStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), sp.GetRequiredService<Calls>()));
        }

        public sealed class Calls
        {
            public int Monthly;
        }
    }
}

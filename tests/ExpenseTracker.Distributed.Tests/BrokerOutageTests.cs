using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Contracts;
using ExpenseTracker.Distributed.Tests.Hosts;
using ExpenseTracker.Infrastructure.Sqlite;
using ExpenseTracker.LocalServers;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Distributed.Tests;

/// <summary>The broker dies and comes back while users keep writing: no acknowledged write's event is lost or has its effect twice.</summary>
public sealed class BrokerOutageTests
{
    private const int Writes = 2_000;

    [Fact]
    public async Task Every_acknowledged_write_reaches_the_worker_once_in_effect_across_a_broker_crash()
    {
        InstalledServers.Require(InstalledServers.RabbitMq);
        await using var broker = await RabbitMqServer.StartAsync();
        var deployment = new Deployment(broker.ConnectionString, null);
        await using var api = deployment.StartApi();
        var database = api.Services.GetRequiredService<SqliteDatabase>();
        await EffectLedger.CreateTableAsync(database);
        var deliveries = new EffectLedger.Deliveries();
        await using var worker = new WorkerHost(deployment, services => EffectLedger.AddTo(services, deliveries));
        var client = await api.SignedInClientAsync("writer");

        var acknowledged = new ConcurrentBag<Guid>();
        var next = 0;
        var crash = Task.Run(async () =>
        {
            await Eventually.ValueAsync(() => Task.FromResult(acknowledged.Count), count => count >= Writes / 4, timeout: TimeSpan.FromMinutes(2));
            broker.Kill();
            await Eventually.ValueAsync(() => Task.FromResult(acknowledged.Count), count => count >= Writes / 2, timeout: TimeSpan.FromMinutes(2));
            await broker.StartAgainAsync();
        });
        var writers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= Writes)
            {
                var response = await client.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(1.25m, "EUR", new DateOnly(2026, 5, 4), Merchant: "Kiosk"));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                acknowledged.Add((await response.Content.ReadFromJsonAsync<ExpenseResponse>())!.Id);
            }
        }));
        await Task.WhenAll(writers);
        await crash;

        await Eventually.ValueAsync(() => EffectLedger.ExpenseIdsAsync(database), ids => ids.Count >= Writes, "every event handled", TimeSpan.FromMinutes(3));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var effects = await EffectLedger.ExpenseIdsAsync(database);
        Assert.Equal(Writes, acknowledged.Count);
        Assert.Equal(Writes, effects.Count);
        Assert.Equal(acknowledged.Select(id => id.ToString()).Order(), effects.Order());
    }
}

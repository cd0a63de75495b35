using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Contracts;
using ExpenseTracker.Distributed.Tests.Hosts;
using ExpenseTracker.Infrastructure.Messaging;
using ExpenseTracker.Infrastructure.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace ExpenseTracker.Distributed.Tests;

/// <summary>Consumers on RabbitMQ: crashes before the acknowledgement, poison messages, dead letters, budget alerts, traces.</summary>
public sealed class DeliveryTests(SharedBroker broker)
{
    private static readonly DateOnly ThisMonth = new(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);

    [Fact]
    public async Task A_consumer_that_crashes_after_its_work_and_before_its_ack_has_its_effect_once()
    {
        var deployment = new Deployment(broker.Server.ConnectionString, null);
        await using var api = deployment.StartApi();
        var database = api.Services.GetRequiredService<SqliteDatabase>();
        await EffectLedger.CreateTableAsync(database);
        var deliveries = new EffectLedger.Deliveries();
        var crashing = new CrashBeforeAck();
        await using var doomed = new WorkerHost(deployment, services => EffectLedger.AddTo(services, deliveries, crashing));
        crashing.Connection = doomed.Services.GetRequiredService<IConnection>();
        var client = await api.SignedInClientAsync("crash");

        var expense = await (await client.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(3m, "EUR", ThisMonth))).Content.ReadFromJsonAsync<ExpenseResponse>();
        await Eventually.ValueAsync(() => Task.FromResult(crashing.Crashed), crashed => crashed, what: "the consumer crashed");
        await using var survivor = new WorkerHost(deployment, services => EffectLedger.AddTo(services, deliveries));

        await Eventually.ValueAsync(() => Task.FromResult(deliveries.Count.Values.Sum()), count => count >= 2, what: "the message delivered again");
        await Task.Delay(500);
        // At-least-once: the broker may deliver the message more than twice (a redelivery can race the second
        // consumer's start); what must hold is one message, delivered again after the crash, with its effect once.
        Assert.Equal([expense!.Id.ToString()], await EffectLedger.ExpenseIdsAsync(database));
        Assert.True(Assert.Single(deliveries.Count.Values) >= 2);
    }

    [Fact]
    public async Task A_poison_message_lands_in_the_dead_letter_queue_after_its_retries_and_the_next_messages_still_flow()
    {
        var deployment = new Deployment(broker.Server.ConnectionString, null);
        await using var api = deployment.StartApi();
        await using var worker = new WorkerHost(deployment);
        var client = await api.SignedInClientAsync("poisoned");
        var operatorClient = await api.SignedInClientAsync("operator");
        var food = (await client.GetFromJsonAsync<List<CategoryResponse>>("/api/v1/categories"))!.Single(category => category.Name == "Food");
        (await client.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(100m, "EUR"))).EnsureSuccessStatusCode();

        var poisonId = Guid.CreateVersion7();
        await api.Services.GetRequiredService<SqliteDatabase>().WriteAsync(
            (connection, transaction) => SqliteOutboxTestAccess.AppendAsync(connection, transaction, poisonId, "ExpenseCreated", "{ this is not an event"),
            CancellationToken.None);
        await (await client.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(85m, "EUR", ThisMonth, food.Id))).Content.ReadFromJsonAsync<ExpenseResponse>();

        var alerts = await Eventually.ValueAsync(
            () => client.GetFromJsonAsync<List<NotificationResponse>>("/api/v1/notifications")!, list => list!.Count >= 1, what: "the next message handled");
        Assert.Equal(80, Assert.Single(alerts!).Threshold);
        var dead = await Eventually.ValueAsync(
            () => operatorClient.GetFromJsonAsync<List<DeadLetterView>>("/api/v1/admin/dead-letters")!, list => list!.Count >= 1, what: "the poison dead-lettered");
        var letter = Assert.Single(dead!);
        Assert.Equal(poisonId, letter.MessageId);
        Assert.Equal("budget-alerts", letter.Consumer);
        Assert.Equal(3, letter.Attempts);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/dead-letters")).StatusCode);

        var replay = await (await operatorClient.PostAsync("/api/v1/admin/dead-letters/replay", null)).Content.ReadFromJsonAsync<ReplayView>();
        Assert.Equal(1, replay!.Replayed);
        // Still poison: after its retries it is back, once.
        await Task.Delay(200);
        var again = await Eventually.ValueAsync(
            () => operatorClient.GetFromJsonAsync<List<DeadLetterView>>("/api/v1/admin/dead-letters")!, list => list!.Count >= 1, what: "the replayed poison back");
        Assert.Equal(poisonId, Assert.Single(again!).MessageId);
    }

    [Fact]
    public async Task Budget_alerts_fire_at_80_and_100_percent_exactly_once_each_through_the_broker()
    {
        var deployment = new Deployment(broker.Server.ConnectionString, null);
        await using var api = deployment.StartApi();
        await using var worker = new WorkerHost(deployment);
        await using var secondWorker = new WorkerHost(deployment);
        var client = await api.SignedInClientAsync("spender");
        var food = (await client.GetFromJsonAsync<List<CategoryResponse>>("/api/v1/categories"))!.Single(category => category.Name == "Food");
        (await client.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(100m, "EUR"))).EnsureSuccessStatusCode();

        foreach (var amount in new[] { 30m, 30m, 10m, 10m, 5m, 10m, 10m, 40m })
        {
            (await client.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(amount, "EUR", ThisMonth, food.Id))).EnsureSuccessStatusCode();
        }

        (await client.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(1000m, "USD", ThisMonth, food.Id))).EnsureSuccessStatusCode();
        await Eventually.ValueAsync(() => client.GetFromJsonAsync<List<NotificationResponse>>("/api/v1/notifications")!, list => list!.Count >= 2);
        await Task.Delay(1000);

        var alerts = (await client.GetFromJsonAsync<List<NotificationResponse>>("/api/v1/notifications"))!;
        Assert.Equal([100, 80], alerts.Select(alert => alert.Threshold));
        Assert.All(alerts, alert => Assert.Equal($"{ThisMonth:yyyy-MM}", alert.Month));
    }

    [Fact]
    public async Task A_write_and_the_worker_consuming_its_event_are_one_trace()
    {
        var consumed = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is MessagingTelemetry.SourceName or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (consumed)
                {
                    consumed.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var deployment = new Deployment(broker.Server.ConnectionString, null);
        await using var api = deployment.StartApi();
        await using var worker = new WorkerHost(deployment);
        var client = await api.SignedInClientAsync("traced");
        var food = (await client.GetFromJsonAsync<List<CategoryResponse>>("/api/v1/categories"))!.Single(category => category.Name == "Food");
        (await client.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(10m, "EUR"))).EnsureSuccessStatusCode();
        using var source = new ActivitySource(TestSourceName);
        ActivityTraceId traceId;
        using (var userAction = source.StartActivity("record an expense"))
        {
            traceId = userAction!.TraceId;
            (await client.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(9m, "EUR", ThisMonth, food.Id))).EnsureSuccessStatusCode();
        }

        bool InTrace(string name)
        {
            lock (consumed)
            {
                return consumed.Any(activity => activity.TraceId == traceId && activity.DisplayName == name);
            }
        }

        string Seen()
        {
            lock (consumed)
            {
                return string.Join("; ", consumed.Select(activity => $"{activity.DisplayName} {activity.TraceId}"));
            }
        }

        await Eventually.ValueAsync(() => Task.FromResult(InTrace("budget-alerts process ExpenseCreated")), found => found, what: $"the consumer span in trace {traceId}; seen {Seen()}");
        // The publish span ends when the broker confirms, which may come after the consumer is done.
        await Eventually.ValueAsync(() => Task.FromResult(InTrace("publish ExpenseCreated")), found => found, what: $"the publish span in trace {traceId}; seen {Seen()}");
    }

    private const string TestSourceName = "ExpenseTracker.Tests";

    private sealed record DeadLetterView(string Consumer, Guid MessageId, string Type, int Attempts, string? Error);

    private sealed record ReplayView(int Replayed);

    /// <summary>Commits the effect, then kills the worker's broker connection before the acknowledgement, once.</summary>
    private sealed class CrashBeforeAck : EffectLedger.Behaviour
    {
        public IConnection? Connection { get; set; }

        public bool Crashed { get; private set; }

        public override async Task AfterEffect(Guid messageId, CancellationToken cancellationToken)
        {
            if (Crashed)
            {
                return;
            }

            Crashed = true;
            _ = Task.Run(() => Connection!.CloseAsync(CancellationToken.None), CancellationToken.None);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}

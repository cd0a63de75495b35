using System.Collections.Concurrent;
using Dapper;
using ExpenseTracker.Application;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Infrastructure.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Distributed.Tests.Hosts;

/// <summary>
/// A consumer for tests whose effect can be counted: one row per handled ExpenseCreated, written in the same
/// transaction as its processed-message record, the way production consumers do. The table has no unique key, so a
/// message that had its effect twice shows as two rows. Deliveries are counted apart, in memory.
/// </summary>
public sealed class EffectLedger(SqliteDatabase database, TimeProvider clock, EffectLedger.Deliveries deliveries, EffectLedger.Behaviour behaviour)
    : IIntegrationEventConsumer
{
    public static ConsumerRegistration Registration { get; } = new(typeof(EffectLedger), ConsumerPlacement.Worker, "test-effects", [nameof(ExpenseCreated)]);

    public string Name => Registration.Name;

    public IReadOnlyCollection<string> EventTypes => Registration.EventTypes;

    public async Task HandleAsync(IntegrationEvent @event, MessageReceipt receipt, CancellationToken cancellationToken)
    {
        deliveries.Count.AddOrUpdate(receipt.MessageId, 1, (_, count) => count + 1);
        await database.WriteAsync(async (connection, transaction) =>
        {
            if (await SqliteProcessedMessages.TryRecordAsync(connection, transaction, receipt, clock.GetUtcNow()))
            {
                await connection.ExecuteAsync(
                    "INSERT INTO test_effects (message_id, expense_id) VALUES (@MessageId, @ExpenseId)",
                    new { MessageId = receipt.MessageId.ToString(), ExpenseId = ((ExpenseCreated)@event).Expense.ExpenseId.ToString() },
                    transaction);
            }
        }, cancellationToken);
        await behaviour.AfterEffect(receipt.MessageId, cancellationToken);
    }

    public static void AddTo(IServiceCollection services, Deliveries deliveries, Behaviour? behaviour = null)
    {
        services.AddSingleton(deliveries);
        services.AddSingleton(behaviour ?? new Behaviour());
        services.AddEventConsumer<EffectLedger>(Registration);
    }

    public static async Task CreateTableAsync(SqliteDatabase database) =>
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS test_effects (message_id TEXT NOT NULL, expense_id TEXT NOT NULL)", transaction: transaction),
            CancellationToken.None);

    public static async Task<List<string>> ExpenseIdsAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<string>("SELECT expense_id FROM test_effects")).ToList();
    }

    public sealed class Deliveries
    {
        public ConcurrentDictionary<Guid, int> Count { get; } = new();
    }

    /// <summary>What the consumer does after its effect committed and before the bus acknowledges the message.</summary>
    public class Behaviour
    {
        public virtual Task AfterEffect(Guid messageId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

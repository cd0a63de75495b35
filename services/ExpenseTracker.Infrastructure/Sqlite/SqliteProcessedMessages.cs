using Dapper;
using ExpenseTracker.Application.Events;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>The record that a consumer had the effect of a message: written in the transaction of the effect.</summary>
internal static class SqliteProcessedMessages
{
    /// <summary>Records the receipt; false when it was recorded before, and the caller must then change nothing.</summary>
    public static async Task<bool> TryRecordAsync(SqliteConnection connection, SqliteTransaction transaction, MessageReceipt receipt, DateTimeOffset now) =>
        await connection.ExecuteAsync(
            """
            INSERT INTO processed_messages (consumer, message_id, processed_at) VALUES (@Consumer, @MessageId, @Now)
            ON CONFLICT (consumer, message_id) DO NOTHING
            """,
            new { receipt.Consumer, MessageId = SqliteValues.Id(receipt.MessageId), Now = SqliteValues.Timestamp(now) },
            transaction) == 1;

    public static Task<int> PurgeAsync(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset before) =>
        connection.ExecuteAsync(
            "DELETE FROM processed_messages WHERE processed_at < @Before", new { Before = SqliteValues.Timestamp(before) }, transaction);
}

using Dapper;
using ExpenseTracker.Application.Events;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Infrastructure.Sqlite;

internal static class SqliteOutbox
{
    /// <summary>Adds the message inside the caller's transaction, so it commits or rolls back with the change.</summary>
    public static Task AppendAsync(SqliteConnection connection, SqliteTransaction transaction, OutboxMessage message) =>
        connection.ExecuteAsync(
            """
            INSERT INTO outbox (id, type, payload, user_id, occurred_at, trace_parent)
            VALUES (@Id, @Type, @Payload, @UserId, @OccurredAt, @TraceParent)
            """,
            new
            {
                Id = SqliteValues.Id(message.Id),
                message.Type,
                message.Payload,
                message.UserId,
                OccurredAt = SqliteValues.Timestamp(message.OccurredAt),
                message.TraceParent,
            },
            transaction);
}

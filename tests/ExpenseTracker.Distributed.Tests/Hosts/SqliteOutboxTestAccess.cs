using ExpenseTracker.Application.Events;
using ExpenseTracker.Infrastructure.Sqlite;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Distributed.Tests.Hosts;

/// <summary>Writes an outbox row as a change would, with a payload of the test's choosing (a poison message).</summary>
public static class SqliteOutboxTestAccess
{
    public static Task AppendAsync(SqliteConnection connection, SqliteTransaction transaction, Guid id, string type, string payload) =>
        SqliteOutbox.AppendAsync(connection, transaction, new OutboxMessage(id, type, payload, DateTimeOffset.UtcNow, "poisoned", null));
}

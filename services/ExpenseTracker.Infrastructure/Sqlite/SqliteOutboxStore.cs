using Dapper;
using ExpenseTracker.Application.Events;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>The outbox table as the relays see it. Order is the order of commits (rowid).</summary>
public sealed class SqliteOutboxStore(SqliteDatabase database) : IOutboxStore
{
    /// <summary>The oldest pending messages nobody else holds, read through ix_outbox_unsent (never the sent ones).</summary>
    internal const string ClaimSql =
        """
        SELECT rowid AS seq, id, type, payload, user_id, occurred_at, trace_parent FROM outbox
        WHERE sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < @Now OR claimed_by = @Relay)
        ORDER BY rowid
        LIMIT @Max
        """;

    public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string relay, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<OutboxMessage>>(async (connection, transaction) =>
        {
            var rows = (await connection.QueryAsync<Row>(
                ClaimSql,
                new { Now = SqliteValues.Timestamp(now), Relay = relay, Max = max },
                transaction)).ToList();
            if (rows.Count > 0)
            {
                await connection.ExecuteAsync(
                    "UPDATE outbox SET claimed_by = @Relay, claimed_until = @Until WHERE rowid IN @Seqs",
                    new { Relay = relay, Until = SqliteValues.Timestamp(now + lease), Seqs = rows.Select(row => row.Seq) },
                    transaction);
            }

            return rows.Select(row => row.ToMessage()).ToList();
        }, cancellationToken);

    public Task MarkSentAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? Task.CompletedTask
            : database.WriteAsync(
                (connection, transaction) => connection.ExecuteAsync(
                    "UPDATE outbox SET sent_at = @Now, claimed_by = NULL, claimed_until = NULL WHERE id IN @Ids",
                    new { Now = SqliteValues.Timestamp(now), Ids = ids.Select(SqliteValues.Id) },
                    transaction),
                cancellationToken);

    public Task ReleaseAsync(string relay, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = @Relay AND sent_at IS NULL",
                new { Relay = relay },
                transaction),
            cancellationToken);

    public async Task<(long Pending, DateTimeOffset? OldestOccurredAt)> BacklogAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(long Pending, string? Oldest)>(new CommandDefinition(
            "SELECT COUNT(*), MIN(occurred_at) FROM outbox WHERE sent_at IS NULL", cancellationToken: cancellationToken));
        return (row.Pending, row.Oldest is null ? null : SqliteValues.Timestamp(row.Oldest));
    }

    /// <summary>Removes messages sent before <paramref name="before"/>.</summary>
    internal Task<int> PurgeSentAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < @Before",
                new { Before = SqliteValues.Timestamp(before) },
                transaction),
            cancellationToken);

    private sealed record Row
    {
        public long Seq { get; init; }
        public required string Id { get; init; }
        public required string Type { get; init; }
        public required string Payload { get; init; }
        public required string UserId { get; init; }
        public required string OccurredAt { get; init; }
        public string? TraceParent { get; init; }

        public OutboxMessage ToMessage() =>
            new(Guid.Parse(Id), Type, Payload, SqliteValues.Timestamp(OccurredAt), UserId, TraceParent);
    }
}

using System.Globalization;
using Dapper;
using ExpenseTracker.Application.Events;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>The in-process bus's dead-letter queue, kept in the database so that it survives a restart.</summary>
public sealed class SqliteDeadLetterStore(SqliteDatabase database, TimeProvider clock) : IDeadLetterStore
{
    public Task AddAsync(string consumer, OutboxMessage message, int attempts, string? error, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                """
                INSERT INTO dead_letters (consumer, message_id, type, payload, user_id, occurred_at, trace_parent, attempts, error, failed_at)
                VALUES (@Consumer, @MessageId, @Type, @Payload, @UserId, @OccurredAt, @TraceParent, @Attempts, @Error, @FailedAt)
                """,
                new
                {
                    Consumer = consumer,
                    MessageId = SqliteValues.Id(message.Id),
                    message.Type,
                    message.Payload,
                    message.UserId,
                    OccurredAt = SqliteValues.Timestamp(message.OccurredAt),
                    message.TraceParent,
                    Attempts = attempts,
                    Error = error,
                    FailedAt = SqliteValues.Timestamp(clock.GetUtcNow()),
                },
                transaction),
            cancellationToken);

    public async Task<IReadOnlyList<StoredDeadLetter>> ListAsync(int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT seq, consumer, message_id, type, payload, user_id, occurred_at, trace_parent, attempts, error FROM dead_letters ORDER BY seq LIMIT @Max",
            new { Max = max },
            cancellationToken: cancellationToken));
        return rows.Select(row => new StoredDeadLetter(row.Seq.ToString(CultureInfo.InvariantCulture), row.ToDeadLetter(), row.TraceParent)).ToList();
    }

    public Task<bool> RemoveAsync(string key, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
                await connection.ExecuteAsync("DELETE FROM dead_letters WHERE seq = @Seq", new { Seq = long.Parse(key, CultureInfo.InvariantCulture) }, transaction) == 1,
            cancellationToken);

    private sealed record Row
    {
        public long Seq { get; init; }
        public required string Consumer { get; init; }
        public required string MessageId { get; init; }
        public required string Type { get; init; }
        public required string Payload { get; init; }
        public required string UserId { get; init; }
        public required string OccurredAt { get; init; }
        public string? TraceParent { get; init; }
        public long Attempts { get; init; }
        public string? Error { get; init; }

        public DeadLetter ToDeadLetter() =>
            new(Consumer, Guid.Parse(MessageId), Type, UserId, SqliteValues.Timestamp(OccurredAt), (int)Attempts, Error, Payload);
    }
}

using Dapper;
using ExpenseTracker.Application.Idempotency;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteIdempotencyStore(SqliteDatabase database) : IIdempotencyStore
{
    public async Task<IdempotencyRecord?> FindAsync(string userId, string key, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            """
            SELECT user_id, key, request_hash, status_code, response_body, created_at FROM idempotency_keys
            WHERE user_id = @UserId AND key = @Key AND created_at >= @NotBefore
            """,
            new { UserId = userId, Key = key, NotBefore = SqliteValues.Timestamp(notBefore) },
            cancellationToken: cancellationToken));
        return row is null
            ? null
            : new IdempotencyRecord(row.UserId, row.Key, row.RequestHash, (int)row.StatusCode, row.ResponseBody, SqliteValues.Timestamp(row.CreatedAt));
    }

    /// <summary>Stores the record unless the user has a live one with the same key; an expired one is replaced.</summary>
    internal static async Task<bool> TryClaimAsync(SqliteConnection connection, SqliteTransaction transaction, IdempotencyRecord record)
    {
        var parameters = new
        {
            record.UserId,
            record.Key,
            record.RequestHash,
            record.StatusCode,
            record.ResponseBody,
            CreatedAt = SqliteValues.Timestamp(record.CreatedAt),
            Expired = SqliteValues.Timestamp(record.CreatedAt - IdempotencyRecord.Lifetime),
        };
        await connection.ExecuteAsync(
            "DELETE FROM idempotency_keys WHERE user_id = @UserId AND key = @Key AND created_at < @Expired", parameters, transaction);
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, response_body, created_at)
            VALUES (@UserId, @Key, @RequestHash, @StatusCode, @ResponseBody, @CreatedAt)
            ON CONFLICT (user_id, key) DO NOTHING
            """,
            parameters,
            transaction);
        return inserted == 1;
    }

    /// <summary>Removes records past their lifetime.</summary>
    internal static Task<int> PurgeExpiredAsync(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now) =>
        connection.ExecuteAsync(
            "DELETE FROM idempotency_keys WHERE created_at < @Expired",
            new { Expired = SqliteValues.Timestamp(now - IdempotencyRecord.Lifetime) },
            transaction);

    private sealed record Row
    {
        public required string UserId { get; init; }
        public required string Key { get; init; }
        public required string RequestHash { get; init; }
        public long StatusCode { get; init; }
        public required string ResponseBody { get; init; }
        public required string CreatedAt { get; init; }
    }
}

using Dapper;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Notifications;
using ExpenseTracker.Domain.Notifications;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteNotificationStore(SqliteDatabase database, TimeProvider clock) : INotificationStore
{
    private const string Columns = "id, user_id, kind, title, message, category_id, month, threshold, created_at, read_at";

    public async Task<IReadOnlyList<Notification>> ListAsync(string userId, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM notifications WHERE user_id = @UserId ORDER BY created_at DESC, threshold DESC, id DESC LIMIT @Max",
            new { UserId = userId, Max = max },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToNotification()).ToList();
    }

    public Task<Notification?> MarkReadAsync(string userId, Guid id, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var parameters = new { Id = SqliteValues.Id(id), UserId = userId, Now = SqliteValues.Timestamp(now) };
            await connection.ExecuteAsync(
                "UPDATE notifications SET read_at = @Now WHERE id = @Id AND user_id = @UserId AND read_at IS NULL", parameters, transaction);
            var row = await connection.QuerySingleOrDefaultAsync<Row>(
                $"SELECT {Columns} FROM notifications WHERE id = @Id AND user_id = @UserId", parameters, transaction);
            return row?.ToNotification();
        }, cancellationToken);

    public Task<IReadOnlyList<Notification>> AddOnceAsync(
        MessageReceipt receipt,
        IReadOnlyList<(Notification Notification, OutboxMessage Message)> candidates,
        CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<Notification>>(async (connection, transaction) =>
        {
            if (!await SqliteProcessedMessages.TryRecordAsync(connection, transaction, receipt, clock.GetUtcNow()))
            {
                return [];
            }

            var added = new List<Notification>();
            foreach (var (notification, message) in candidates)
            {
                var inserted = await connection.ExecuteAsync(
                    """
                    INSERT INTO notifications (id, user_id, kind, title, message, category_id, month, threshold, created_at, read_at)
                    VALUES (@Id, @UserId, @Kind, @Title, @Message, @CategoryId, @Month, @Threshold, @CreatedAt, NULL)
                    ON CONFLICT DO NOTHING
                    """,
                    new
                    {
                        Id = SqliteValues.Id(notification.Id),
                        notification.UserId,
                        notification.Kind,
                        notification.Title,
                        notification.Message,
                        CategoryId = SqliteValues.Id(notification.CategoryId),
                        notification.Month,
                        notification.Threshold,
                        CreatedAt = SqliteValues.Timestamp(notification.CreatedAt),
                    },
                    transaction);
                if (inserted == 1)
                {
                    await SqliteOutbox.AppendAsync(connection, transaction, message);
                    added.Add(notification);
                }
            }

            return added;
        }, cancellationToken);

    private sealed record Row
    {
        public required string Id { get; init; }
        public required string UserId { get; init; }
        public required string Kind { get; init; }
        public required string Title { get; init; }
        public required string Message { get; init; }
        public string? CategoryId { get; init; }
        public string? Month { get; init; }
        public long? Threshold { get; init; }
        public required string CreatedAt { get; init; }
        public string? ReadAt { get; init; }

        public Notification ToNotification() => Notification.Restore(
            Guid.Parse(Id),
            UserId,
            Kind,
            Title,
            Message,
            SqliteValues.OptionalId(CategoryId),
            Month,
            Threshold is { } threshold ? (int)threshold : null,
            SqliteValues.Timestamp(CreatedAt),
            ReadAt is null ? null : SqliteValues.Timestamp(ReadAt));
    }
}

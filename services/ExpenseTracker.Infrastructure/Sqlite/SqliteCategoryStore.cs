using Dapper;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Domain.Categories;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteCategoryStore(SqliteDatabase database, TimeProvider clock) : ICategoryStore
{
    private const string Columns = "id, user_id, name, color";

    /// <summary>The tables whose rows point at a category: deleting it moves them, or is refused.</summary>
    internal static readonly IReadOnlyList<string> Referencing = ["expenses", "recurring_rules"];

    public async Task<IReadOnlyList<Category>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM categories WHERE user_id = @UserId ORDER BY name_key", new { UserId = userId }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToCategory()).ToList();
    }

    public async Task<Category?> FindAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM categories WHERE id = @Id AND user_id = @UserId",
            new { Id = SqliteValues.Id(id), UserId = userId },
            cancellationToken: cancellationToken));
        return row?.ToCategory();
    }

    public async Task<bool> ExistsAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ExistsAsync(connection, null, userId, id);
    }

    public Task<bool> AddAsync(Category category, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => TryInsertAsync(connection, transaction, category), cancellationToken);

    public Task<bool> UpdateAsync(Category category, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var taken = await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM categories WHERE user_id = @UserId AND name_key = @NameKey AND id <> @Id",
                new { category.UserId, category.NameKey, Id = SqliteValues.Id(category.Id) },
                transaction);
            if (taken > 0)
            {
                return false;
            }

            await connection.ExecuteAsync(
                "UPDATE categories SET name = @Name, name_key = @NameKey, color = @Color WHERE id = @Id AND user_id = @UserId",
                new { category.Name, category.NameKey, category.Color, Id = SqliteValues.Id(category.Id), category.UserId },
                transaction);
            return true;
        }, cancellationToken);

    public Task<CategoryDeletion> DeleteAsync(string userId, Guid id, Guid? reassignTo, OutboxMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (!await ExistsAsync(connection, transaction, userId, id))
            {
                return CategoryDeletion.NotFound;
            }

            if (reassignTo is { } target && !await ExistsAsync(connection, transaction, userId, target))
            {
                return CategoryDeletion.ReassignTargetNotFound;
            }

            var parameters = new
            {
                Id = SqliteValues.Id(id),
                UserId = userId,
                Target = SqliteValues.Id(reassignTo),
                Now = SqliteValues.Timestamp(clock.GetUtcNow()),
            };
            foreach (var table in Referencing)
            {
                if (reassignTo is null)
                {
                    var used = await connection.ExecuteScalarAsync<long>(
                        $"SELECT EXISTS (SELECT 1 FROM {table} WHERE user_id = @UserId AND category_id = @Id)", parameters, transaction);
                    if (used == 1)
                    {
                        return CategoryDeletion.InUse;
                    }
                }
                else
                {
                    await connection.ExecuteAsync(
                        $"UPDATE {table} SET category_id = @Target, version = version + 1, updated_at = @Now WHERE user_id = @UserId AND category_id = @Id",
                        parameters,
                        transaction);
                }
            }

            // The budget goes with the category (ON DELETE CASCADE).
            await connection.ExecuteAsync("DELETE FROM categories WHERE id = @Id AND user_id = @UserId", parameters, transaction);
            await SqliteOutbox.AppendAsync(connection, transaction, message);
            return CategoryDeletion.Deleted;
        }, cancellationToken);

    internal static async Task<bool> TryInsertAsync(SqliteConnection connection, SqliteTransaction transaction, Category category)
    {
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO categories (id, user_id, name, name_key, color) VALUES (@Id, @UserId, @Name, @NameKey, @Color)
            ON CONFLICT (user_id, name_key) DO NOTHING
            """,
            new { Id = SqliteValues.Id(category.Id), category.UserId, category.Name, category.NameKey, category.Color },
            transaction);
        return inserted == 1;
    }

    private static async Task<bool> ExistsAsync(SqliteConnection connection, SqliteTransaction? transaction, string userId, Guid id) =>
        await connection.ExecuteScalarAsync<long>(
            "SELECT EXISTS (SELECT 1 FROM categories WHERE id = @Id AND user_id = @UserId)",
            new { Id = SqliteValues.Id(id), UserId = userId },
            transaction) == 1;

    private sealed record Row
    {
        public required string Id { get; init; }
        public required string UserId { get; init; }
        public required string Name { get; init; }
        public required string Color { get; init; }

        public Category ToCategory() => Category.Restore(Guid.Parse(Id), UserId, Name, Color);
    }
}

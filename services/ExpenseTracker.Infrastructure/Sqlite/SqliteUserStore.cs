using Dapper;
using ExpenseTracker.Application.Users;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Users;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteUserStore(SqliteDatabase database, TimeProvider clock) : IUserStore
{
    public async Task EnsureProvisionedAsync(string userId, UserSettings settings, IReadOnlyList<Category> startingCategories, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            if (await connection.ExecuteScalarAsync<long>("SELECT EXISTS (SELECT 1 FROM users WHERE user_id = @UserId)", new { UserId = userId }) == 1)
            {
                return;
            }
        }

        await database.WriteAsync(async (connection, transaction) =>
        {
            var inserted = await connection.ExecuteAsync(
                """
                INSERT INTO users (user_id, default_currency, locale, created_at) VALUES (@UserId, @Currency, @Locale, @CreatedAt)
                ON CONFLICT (user_id) DO NOTHING
                """,
                new { UserId = userId, Currency = settings.DefaultCurrency.Code, settings.Locale, CreatedAt = SqliteValues.Timestamp(clock.GetUtcNow()) },
                transaction);
            if (inserted == 0)
            {
                return;
            }

            foreach (var category in startingCategories)
            {
                await SqliteCategoryStore.TryInsertAsync(connection, transaction, category);
            }
        }, cancellationToken);
    }

    public async Task<UserSettings> GetSettingsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT default_currency, locale FROM users WHERE user_id = @UserId", new { UserId = userId }, cancellationToken: cancellationToken));
        return row is null ? UserSettings.Default : new UserSettings(Currency.Of(row.DefaultCurrency), row.Locale);
    }

    public Task SaveSettingsAsync(string userId, UserSettings settings, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(
                """
                INSERT INTO users (user_id, default_currency, locale, created_at) VALUES (@UserId, @Currency, @Locale, @Now)
                ON CONFLICT (user_id) DO UPDATE SET default_currency = excluded.default_currency, locale = excluded.locale
                """,
                new { UserId = userId, Currency = settings.DefaultCurrency.Code, settings.Locale, Now = SqliteValues.Timestamp(clock.GetUtcNow()) },
                transaction),
            cancellationToken);

    private sealed record Row
    {
        public required string DefaultCurrency { get; init; }
        public required string Locale { get; init; }
    }
}

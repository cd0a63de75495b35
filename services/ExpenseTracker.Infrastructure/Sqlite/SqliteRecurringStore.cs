using System.Text.Json;
using Dapper;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Recurring;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Recurring;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteRecurringStore(SqliteDatabase database, TimeProvider clock) : IRecurringStore
{
    private const string Columns =
        "id, user_id, amount_minor, currency, category_id, merchant, note, payment_method, tags, frequency, interval_count, start_date, end_date, occurrences_created, version";

    public async Task<IReadOnlyList<RecurringRule>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM recurring_rules WHERE user_id = @UserId ORDER BY created_at, id", new { UserId = userId }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToRule()).ToList();
    }

    public async Task<RecurringRule?> FindAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM recurring_rules WHERE id = @Id AND user_id = @UserId",
            new { Id = SqliteValues.Id(id), UserId = userId },
            cancellationToken: cancellationToken));
        return row?.ToRule();
    }

    public Task AddAsync(RecurringRule rule, OutboxMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var now = SqliteValues.Timestamp(clock.GetUtcNow());
            var parameters = new DynamicParameters(Parameters(rule));
            parameters.Add("CreatedAt", now);
            parameters.Add("UpdatedAt", now);
            await connection.ExecuteAsync(
                """
                INSERT INTO recurring_rules (id, user_id, amount_minor, currency, category_id, merchant, note, payment_method, tags,
                    frequency, interval_count, start_date, end_date, occurrences_created, next_occurrence, version, created_at, updated_at)
                VALUES (@Id, @UserId, @AmountMinor, @Currency, @CategoryId, @Merchant, @Note, @PaymentMethod, @Tags,
                    @Frequency, @IntervalCount, @StartDate, @EndDate, @OccurrencesCreated, @NextOccurrence, @Version, @CreatedAt, @UpdatedAt)
                """,
                parameters,
                transaction);
            await SqliteOutbox.AppendAsync(connection, transaction, message);
        }, cancellationToken);

    public Task<bool> UpdateAsync(RecurringRule rule, long expectedVersion, OutboxMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (!await SaveAsync(connection, transaction, rule, expectedVersion))
            {
                return false;
            }

            await SqliteOutbox.AppendAsync(connection, transaction, message);
            return true;
        }, cancellationToken);

    public Task<bool> DeleteAsync(RecurringRule rule, OutboxMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var deleted = await connection.ExecuteAsync(
                "DELETE FROM recurring_rules WHERE id = @Id AND user_id = @UserId",
                new { Id = SqliteValues.Id(rule.Id), rule.UserId },
                transaction);
            if (deleted == 0)
            {
                return false;
            }

            await SqliteOutbox.AppendAsync(connection, transaction, message);
            return true;
        }, cancellationToken);

    public async Task<IReadOnlyList<RecurringRule>> ListDueAsync(DateOnly today, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM recurring_rules WHERE next_occurrence IS NOT NULL AND next_occurrence <= @Today ORDER BY next_occurrence, id LIMIT @Max",
            new { Today = SqliteValues.Date(today), Max = max },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToRule()).ToList();
    }

    public Task<bool> AddOccurrenceAsync(RecurringRule rule, long expectedVersion, DateOnly date, Expense expense, OutboxMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            // Under the write lock, so checking first and writing after is atomic; a refusal writes nothing.
            var parameters = new { RuleId = SqliteValues.Id(rule.Id), Date = SqliteValues.Date(date), ExpenseId = SqliteValues.Id(expense.Id) };
            var taken = await connection.ExecuteScalarAsync<long>(
                "SELECT EXISTS (SELECT 1 FROM recurring_occurrences WHERE rule_id = @RuleId AND occurrence_date = @Date)", parameters, transaction);
            if (taken == 1 || !await SaveAsync(connection, transaction, rule, expectedVersion))
            {
                return false;
            }

            await connection.ExecuteAsync(
                "INSERT INTO recurring_occurrences (rule_id, occurrence_date, expense_id) VALUES (@RuleId, @Date, @ExpenseId)", parameters, transaction);
            await SqliteExpenseStore.InsertAsync(connection, transaction, expense);
            await SqliteOutbox.AppendAsync(connection, transaction, message);
            return true;
        }, cancellationToken);

    private async Task<bool> SaveAsync(SqliteConnection connection, SqliteTransaction transaction, RecurringRule rule, long expectedVersion)
    {
        var parameters = new DynamicParameters(Parameters(rule));
        parameters.Add("ExpectedVersion", expectedVersion);
        parameters.Add("UpdatedAt", SqliteValues.Timestamp(clock.GetUtcNow()));
        return await connection.ExecuteAsync(
            """
            UPDATE recurring_rules
            SET amount_minor = @AmountMinor, currency = @Currency, category_id = @CategoryId, merchant = @Merchant, note = @Note,
                payment_method = @PaymentMethod, tags = @Tags, frequency = @Frequency, interval_count = @IntervalCount,
                start_date = @StartDate, end_date = @EndDate, occurrences_created = @OccurrencesCreated,
                next_occurrence = @NextOccurrence, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND user_id = @UserId AND version = @ExpectedVersion
            """,
            parameters,
            transaction) == 1;
    }

    private static object Parameters(RecurringRule rule) => new
    {
        Id = SqliteValues.Id(rule.Id),
        rule.UserId,
        AmountMinor = rule.Template.Amount.MinorUnits,
        Currency = rule.Template.Currency.Code,
        CategoryId = SqliteValues.Id(rule.Template.CategoryId),
        rule.Template.Merchant,
        rule.Template.Note,
        rule.Template.PaymentMethod,
        Tags = JsonSerializer.Serialize(rule.Template.Tags),
        Frequency = RecurringMapping.FrequencyName(rule.Schedule.Frequency),
        IntervalCount = rule.Schedule.Interval,
        StartDate = SqliteValues.Date(rule.Schedule.StartDate),
        EndDate = rule.Schedule.EndDate is { } end ? SqliteValues.Date(end) : null,
        rule.OccurrencesCreated,
        NextOccurrence = rule.NextOccurrence is { } next ? SqliteValues.Date(next) : null,
        rule.Version,
    };

    private sealed record Row
    {
        public required string Id { get; init; }
        public required string UserId { get; init; }
        public long AmountMinor { get; init; }
        public required string Currency { get; init; }
        public string? CategoryId { get; init; }
        public string? Merchant { get; init; }
        public string? Note { get; init; }
        public string? PaymentMethod { get; init; }
        public required string Tags { get; init; }
        public required string Frequency { get; init; }
        public long IntervalCount { get; init; }
        public required string StartDate { get; init; }
        public string? EndDate { get; init; }
        public long OccurrencesCreated { get; init; }
        public long Version { get; init; }

        public RecurringRule ToRule()
        {
            RecurringMapping.TryParseFrequency(Frequency, out var frequency);
            return RecurringRule.Restore(
                Guid.Parse(Id),
                UserId,
                new ExpenseDetails(
                    SqliteValues.Money(AmountMinor, Currency),
                    SqliteValues.OptionalId(CategoryId),
                    Merchant,
                    Note,
                    JsonSerializer.Deserialize<string[]>(Tags) ?? [],
                    PaymentMethod),
                new Schedule(frequency, (int)IntervalCount, SqliteValues.Date(StartDate), EndDate is null ? null : SqliteValues.Date(EndDate)),
                OccurrencesCreated,
                Version);
        }
    }
}

using System.Text;
using Dapper;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Domain.Expenses;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteExpenseStore(SqliteDatabase database) : IExpenseStore
{
    public async Task<Expense?> FindAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ExpenseRow>(new CommandDefinition(
            $"SELECT {ExpenseRow.Columns} FROM expenses WHERE id = @Id AND user_id = @UserId",
            new { Id = SqliteValues.Id(id), UserId = userId },
            cancellationToken: cancellationToken));
        return row?.ToExpense();
    }

    public async Task<Page<Expense>> ListAsync(string userId, ExpenseFilter filter, ExpenseSort sort, PageRequest page, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(userId, filter);
        parameters.Add("Limit", page.PageSize);
        parameters.Add("Offset", page.Offset);

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ExpenseRow>(new CommandDefinition(
            $"SELECT {ExpenseRow.Columns} FROM expenses WHERE {where} ORDER BY {OrderBy(sort)} LIMIT @Limit OFFSET @Offset",
            parameters,
            cancellationToken: cancellationToken));
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM expenses WHERE {where}", parameters, cancellationToken: cancellationToken));
        return new Page<Expense>(rows.Select(row => row.ToExpense()).ToList(), total);
    }

    public Task<bool> AddAsync(Expense expense, OutboxMessage message, IdempotencyRecord? idempotency, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (idempotency is not null && !await SqliteIdempotencyStore.TryClaimAsync(connection, transaction, idempotency))
            {
                return false;
            }

            await InsertAsync(connection, transaction, expense);
            await SqliteOutbox.AppendAsync(connection, transaction, message);
            return true;
        }, cancellationToken);

    public Task<bool> UpdateAsync(Expense expense, long expectedVersion, OutboxMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var parameters = new DynamicParameters(ExpenseRow.Parameters(expense));
            parameters.Add("ExpectedVersion", expectedVersion);
            var updated = await connection.ExecuteAsync(
                """
                UPDATE expenses
                SET date = @Date, amount_minor = @AmountMinor, amount_e4 = @AmountE4, currency = @Currency,
                    category_id = @CategoryId, merchant = @Merchant, note = @Note, payment_method = @PaymentMethod,
                    tags = @Tags, search_text = @SearchText, version = @Version, updated_at = @UpdatedAt
                WHERE id = @Id AND user_id = @UserId AND version = @ExpectedVersion
                """,
                parameters,
                transaction);
            if (updated == 0)
            {
                return false;
            }

            await ReplaceTagsAsync(connection, transaction, expense);
            await SqliteOutbox.AppendAsync(connection, transaction, message);
            return true;
        }, cancellationToken);

    public Task<bool> DeleteAsync(Expense expense, long expectedVersion, OutboxMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var deleted = await connection.ExecuteAsync(
                "DELETE FROM expenses WHERE id = @Id AND user_id = @UserId AND version = @ExpectedVersion",
                new { Id = SqliteValues.Id(expense.Id), expense.UserId, ExpectedVersion = expectedVersion },
                transaction);
            if (deleted == 0)
            {
                return false;
            }

            await SqliteOutbox.AppendAsync(connection, transaction, message);
            return true;
        }, cancellationToken);

    internal static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, Expense expense)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO expenses (id, user_id, date, amount_minor, amount_e4, currency, category_id, merchant, note,
                                  payment_method, tags, search_text, version, created_at, updated_at)
            VALUES (@Id, @UserId, @Date, @AmountMinor, @AmountE4, @Currency, @CategoryId, @Merchant, @Note,
                    @PaymentMethod, @Tags, @SearchText, @Version, @CreatedAt, @UpdatedAt)
            """,
            ExpenseRow.Parameters(expense),
            transaction);
        await InsertTagsAsync(connection, transaction, expense);
    }

    private static async Task ReplaceTagsAsync(SqliteConnection connection, SqliteTransaction transaction, Expense expense)
    {
        await connection.ExecuteAsync(
            "DELETE FROM expense_tags WHERE expense_id = @Id", new { Id = SqliteValues.Id(expense.Id) }, transaction);
        await InsertTagsAsync(connection, transaction, expense);
    }

    private static async Task InsertTagsAsync(SqliteConnection connection, SqliteTransaction transaction, Expense expense)
    {
        if (expense.Details.Tags.Count == 0)
        {
            return;
        }

        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO expense_tags (expense_id, user_id, tag_key) VALUES (@ExpenseId, @UserId, @TagKey)",
            expense.Details.Tags.Select(tag => new { ExpenseId = SqliteValues.Id(expense.Id), expense.UserId, TagKey = Tag.Key(tag) }),
            transaction);
    }

    internal static (string Where, DynamicParameters Parameters) Where(string userId, ExpenseFilter filter)
    {
        var where = new StringBuilder("user_id = @UserId");
        var parameters = new DynamicParameters();
        parameters.Add("UserId", userId);

        void And(string condition, string name, object? value)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add(name, value);
        }

        if (filter.From is { } from)
        {
            And("date >= @From", "From", SqliteValues.Date(from));
        }

        if (filter.To is { } to)
        {
            And("date <= @To", "To", SqliteValues.Date(to));
        }

        if (filter.CategoryId is { } categoryId)
        {
            And("category_id = @CategoryId", "CategoryId", SqliteValues.Id(categoryId));
        }

        if (filter.Currency is { } currency)
        {
            And("currency = @Currency", "Currency", currency);
        }

        if (filter.MinAmount is { } min)
        {
            And("amount_e4 >= @MinAmount", "MinAmount", SqliteValues.TenThousandths(decimal.Round(min, 4, MidpointRounding.ToPositiveInfinity)));
        }

        if (filter.MaxAmount is { } max)
        {
            And("amount_e4 <= @MaxAmount", "MaxAmount", SqliteValues.TenThousandths(decimal.Round(max, 4, MidpointRounding.ToNegativeInfinity)));
        }

        if (filter.Text is { } text)
        {
            And("instr(search_text, @Text) > 0", "Text", ExpenseSearchText.Needle(text));
        }

        if (filter.Tag is { } tag)
        {
            And("id IN (SELECT expense_id FROM expense_tags WHERE user_id = @UserId AND tag_key = @Tag)", "Tag", Tag.Key(tag));
        }

        return (where.ToString(), parameters);
    }

    internal static string OrderBy(ExpenseSort sort) => sort switch
    {
        ExpenseSort.DateAscending => "date, rowid",
        ExpenseSort.AmountAscending => "amount_e4, rowid",
        ExpenseSort.AmountDescending => "amount_e4 DESC, rowid DESC",
        _ => "date DESC, rowid DESC",
    };
}

using Dapper;
using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Domain;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteArchiveStore(SqliteDatabase database, TimeProvider clock) : IArchiveStore, IArchivedSpending
{
    private const string MonthColumns =
        "user_id, month, blob_name, expense_count, archived_at, pending_blob_name, pending_row_count, restored_at";

    /// <summary>Ids per statement, well under SQLite's limit on parameters.</summary>
    private const int IdChunk = 500;

    public async Task<IReadOnlyList<ArchiveCandidate>> FindCandidatesAsync(DateOnly before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string Month)>(new CommandDefinition(
            """
            SELECT DISTINCT e.user_id, substr(e.date, 1, 7) AS month
            FROM expenses e
            WHERE e.date < @Before
              AND NOT EXISTS (SELECT 1 FROM archived_months a
                              WHERE a.user_id = e.user_id AND a.month = substr(e.date, 1, 7) AND a.restored_at IS NOT NULL)
            ORDER BY e.user_id, month
            """,
            new { Before = SqliteValues.Date(before) },
            cancellationToken: cancellationToken));
        return rows.Select(row => new ArchiveCandidate(row.UserId, YearMonth.Parse(row.Month))).ToList();
    }

    public async Task<IReadOnlyList<ArchivedMonth>> ListPendingAsync(CancellationToken cancellationToken) =>
        await QueryMonthsAsync("pending_blob_name IS NOT NULL", new { }, cancellationToken);

    public async Task<ArchivedMonth?> FindAsync(string userId, YearMonth month, CancellationToken cancellationToken) =>
        (await QueryMonthsAsync("user_id = @UserId AND month = @Month", new { UserId = userId, Month = month.ToString() }, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<ArchivedMonth>> ListAsync(string userId, CancellationToken cancellationToken) =>
        await QueryMonthsAsync("user_id = @UserId AND blob_name IS NOT NULL", new { UserId = userId }, cancellationToken);

    public async Task<IReadOnlyList<ArchivedExpense>> LoadLiveMonthAsync(string userId, YearMonth month, CancellationToken cancellationToken)
    {
        var parameters = new { UserId = userId, First = SqliteValues.Date(month.FirstDay), Last = SqliteValues.Date(month.LastDay) };
        await using var connection = await database.OpenAsync(cancellationToken);
        var expenses = await connection.QueryAsync<ExpenseRow>(new CommandDefinition(
            $"SELECT {ExpenseRow.Columns} FROM expenses WHERE user_id = @UserId AND date >= @First AND date <= @Last ORDER BY date, id",
            parameters,
            cancellationToken: cancellationToken));
        var receipts = (await connection.QueryAsync<ReceiptRow>(new CommandDefinition(
                $"""
                SELECT {ReceiptRow.Columns} FROM receipts
                WHERE expense_id IN (SELECT id FROM expenses WHERE user_id = @UserId AND date >= @First AND date <= @Last)
                ORDER BY created_at, id
                """,
                parameters,
                cancellationToken: cancellationToken)))
            .Select(row => row.ToReceipt())
            .ToLookup(receipt => receipt.ExpenseId);
        return expenses
            .Select(row => row.ToExpense())
            .Select(expense => ArchivedExpense.From(expense, receipts[expense.Id].ToList()))
            .ToList();
    }

    public Task<bool> MarkPendingAsync(string userId, YearMonth month, string? expectedBlobName, string pendingBlobName, long liveRowCount, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var key = new { UserId = userId, Month = month.ToString(), Pending = pendingBlobName, Count = liveRowCount };
            var current = await FindAsync(connection, transaction, userId, month);
            if (current is null)
            {
                if (expectedBlobName is not null)
                {
                    return false;
                }

                await connection.ExecuteAsync(
                    $"INSERT INTO archived_months ({MonthColumns}) VALUES (@UserId, @Month, NULL, 0, NULL, @Pending, @Count, NULL)",
                    key,
                    transaction);
                return true;
            }

            if (current.PendingBlobName is not null || current.RestoredAt is not null || current.BlobName != expectedBlobName)
            {
                return false;
            }

            await connection.ExecuteAsync(
                "UPDATE archived_months SET pending_blob_name = @Pending, pending_row_count = @Count WHERE user_id = @UserId AND month = @Month",
                key,
                transaction);
            return true;
        }, cancellationToken);

    public Task<ArchiveCompletion> CompleteAsync(ArchivedMonth pending, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var current = await FindAsync(connection, transaction, pending.UserId, pending.Month);
            if (current?.PendingBlobName != pending.PendingBlobName)
            {
                return current?.BlobName == pending.PendingBlobName ? ArchiveCompletion.Completed : ArchiveCompletion.Superseded;
            }

            var versions = content.ToDictionary(expense => expense.Id, expense => expense.Version);
            var live = new List<(string Id, long Version)>();
            foreach (var chunk in versions.Keys.Chunk(IdChunk))
            {
                live.AddRange(await connection.QueryAsync<(string Id, long Version)>(
                    "SELECT id, version FROM expenses WHERE user_id = @UserId AND id IN @Ids",
                    new { pending.UserId, Ids = chunk.Select(SqliteValues.Id).ToList() },
                    transaction));
            }

            var unchanged = live.Count(row => versions[Guid.Parse(row.Id)] == row.Version);
            if (unchanged != live.Count || live.Count != pending.PendingRowCount)
            {
                await ClearPendingAsync(connection, transaction, pending.UserId, pending.Month, pending.PendingBlobName!);
                return ArchiveCompletion.Stale;
            }

            var key = new { pending.UserId, Month = pending.Month.ToString() };
            foreach (var chunk in live.Select(row => row.Id).Chunk(IdChunk))
            {
                // Tags and receipts rows go with their expense (ON DELETE CASCADE); the receipts are in the archive.
                await connection.ExecuteAsync("DELETE FROM expenses WHERE user_id = @UserId AND id IN @Ids", new { pending.UserId, Ids = chunk }, transaction);
            }

            await connection.ExecuteAsync("DELETE FROM archived_month_totals WHERE user_id = @UserId AND month = @Month", key, transaction);
            await connection.ExecuteAsync(
                """
                INSERT INTO archived_month_totals (user_id, month, category_id, currency, amount_minor, count)
                VALUES (@UserId, @Month, @CategoryId, @Currency, @AmountMinor, @Count)
                """,
                ArchivedTotal.Of(content).Select(total => new
                {
                    key.UserId,
                    key.Month,
                    CategoryId = SqliteValues.Id(total.CategoryId),
                    total.Currency,
                    total.AmountMinor,
                    total.Count,
                }),
                transaction);
            await connection.ExecuteAsync("DELETE FROM archived_receipts WHERE user_id = @UserId AND month = @Month", key, transaction);
            await connection.ExecuteAsync(
                "INSERT INTO archived_receipts (id, user_id, month) VALUES (@Id, @UserId, @Month)",
                content.SelectMany(expense => expense.Receipts).Select(receipt => new { Id = SqliteValues.Id(receipt.Id), key.UserId, key.Month }),
                transaction);
            await connection.ExecuteAsync(
                """
                UPDATE archived_months
                SET blob_name = pending_blob_name, pending_blob_name = NULL, pending_row_count = 0, expense_count = @Count, archived_at = @Now
                WHERE user_id = @UserId AND month = @Month
                """,
                new { key.UserId, key.Month, Count = content.Count, Now = SqliteValues.Timestamp(clock.GetUtcNow()) },
                transaction);
            return ArchiveCompletion.Completed;
        }, cancellationToken);

    public Task ClearPendingAsync(string userId, YearMonth month, string pendingBlobName, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => ClearPendingAsync(connection, transaction, userId, month, pendingBlobName), cancellationToken);

    public Task<bool> RestoreAsync(string userId, YearMonth month, string expectedBlobName, IReadOnlyList<ArchivedExpense> content, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var current = await FindAsync(connection, transaction, userId, month);
            if (current is null || current.BlobName != expectedBlobName || current.PendingBlobName is not null)
            {
                return false;
            }

            var categories = (await connection.QueryAsync<string>(
                    "SELECT id FROM categories WHERE user_id = @UserId", new { UserId = userId }, transaction))
                .Select(Guid.Parse)
                .ToHashSet();
            foreach (var archived in content)
            {
                var expense = archived.ToExpense(userId, categories.Contains);
                await SqliteExpenseStore.InsertAsync(connection, transaction, expense);
                foreach (var receipt in archived.Receipts)
                {
                    await ReceiptRow.InsertAsync(connection, transaction, receipt.ToReceipt(userId, expense.Id));
                }
            }

            var key = new { UserId = userId, Month = month.ToString(), Now = SqliteValues.Timestamp(clock.GetUtcNow()) };
            await connection.ExecuteAsync("DELETE FROM archived_month_totals WHERE user_id = @UserId AND month = @Month", key, transaction);
            await connection.ExecuteAsync("DELETE FROM archived_receipts WHERE user_id = @UserId AND month = @Month", key, transaction);
            await connection.ExecuteAsync(
                """
                UPDATE archived_months SET blob_name = NULL, expense_count = 0, archived_at = NULL, restored_at = @Now
                WHERE user_id = @UserId AND month = @Month
                """,
                key,
                transaction);
            return true;
        }, cancellationToken);

    public async Task<IReadOnlySet<string>> FindReferencedBlobsAsync(IReadOnlyCollection<string> blobNames, CancellationToken cancellationToken)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in blobNames.Chunk(IdChunk))
        {
            referenced.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT blob_name FROM archived_months WHERE blob_name IN @Names UNION SELECT pending_blob_name FROM archived_months WHERE pending_blob_name IN @Names",
                new { Names = chunk },
                cancellationToken: cancellationToken)));
        }

        return referenced;
    }

    public async Task<MonthlySpending> MonthlyAsync(string userId, YearMonth month, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // A category deleted since the month was archived counts as uncategorised, as it would for a live expense.
        var rows = (await connection.QueryAsync<TotalRow>(new CommandDefinition(
            """
            SELECT c.id AS category_id, t.currency, SUM(t.amount_minor) AS total, SUM(t.count) AS count
            FROM archived_month_totals t
            LEFT JOIN categories c ON c.id = t.category_id AND c.user_id = t.user_id
            WHERE t.user_id = @UserId AND t.month = @Month
            GROUP BY c.id, t.currency
            """,
            new { UserId = userId, Month = month.ToString() },
            cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return MonthlySpending.Empty;
        }

        return new MonthlySpending(
            rows.GroupBy(row => row.Currency).Select(group => SqliteValues.Money(group.Sum(row => row.Total), group.Key)).ToList(),
            rows.Sum(row => row.Count),
            rows.Select(row => new CategorySpent(SqliteValues.OptionalId(row.CategoryId), SqliteValues.Money(row.Total, row.Currency))).ToList());
    }

    public async Task<IReadOnlyList<MonthSpent>> TrendAsync(string userId, YearMonth from, YearMonth to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Month, string Currency, long Total)>(new CommandDefinition(
            """
            SELECT month, currency, SUM(amount_minor) AS total
            FROM archived_month_totals
            WHERE user_id = @UserId AND month >= @From AND month <= @To
            GROUP BY month, currency
            """,
            new { UserId = userId, From = from.ToString(), To = to.ToString() },
            cancellationToken: cancellationToken));
        return rows.Select(row => new MonthSpent(YearMonth.Parse(row.Month), SqliteValues.Money(row.Total, row.Currency))).ToList();
    }

    private async Task<IReadOnlyList<ArchivedMonth>> QueryMonthsAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MonthRow>(new CommandDefinition(
            $"SELECT {MonthColumns} FROM archived_months WHERE {where} ORDER BY user_id, month", parameters, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToArchivedMonth()).ToList();
    }

    private static async Task<ArchivedMonth?> FindAsync(SqliteConnection connection, SqliteTransaction transaction, string userId, YearMonth month) =>
        (await connection.QuerySingleOrDefaultAsync<MonthRow>(
            $"SELECT {MonthColumns} FROM archived_months WHERE user_id = @UserId AND month = @Month",
            new { UserId = userId, Month = month.ToString() },
            transaction))?.ToArchivedMonth();

    private static async Task ClearPendingAsync(SqliteConnection connection, SqliteTransaction transaction, string userId, YearMonth month, string pendingBlobName)
    {
        var key = new { UserId = userId, Month = month.ToString(), Pending = pendingBlobName };
        await connection.ExecuteAsync(
            "UPDATE archived_months SET pending_blob_name = NULL, pending_row_count = 0 WHERE user_id = @UserId AND month = @Month AND pending_blob_name = @Pending",
            key,
            transaction);

        // A month that never completed an archive and was never restored needs no row.
        await connection.ExecuteAsync(
            """
            DELETE FROM archived_months
            WHERE user_id = @UserId AND month = @Month AND blob_name IS NULL AND pending_blob_name IS NULL AND restored_at IS NULL
            """,
            key,
            transaction);
    }

    private sealed record MonthRow
    {
        public required string UserId { get; init; }
        public required string Month { get; init; }
        public string? BlobName { get; init; }
        public long ExpenseCount { get; init; }
        public string? ArchivedAt { get; init; }
        public string? PendingBlobName { get; init; }
        public long PendingRowCount { get; init; }
        public string? RestoredAt { get; init; }

        public ArchivedMonth ToArchivedMonth() => new(
            UserId,
            YearMonth.Parse(Month),
            BlobName,
            ExpenseCount,
            ArchivedAt is null ? null : SqliteValues.Timestamp(ArchivedAt),
            PendingBlobName,
            PendingRowCount,
            RestoredAt is null ? null : SqliteValues.Timestamp(RestoredAt));
    }

    private sealed record TotalRow
    {
        public string? CategoryId { get; init; }
        public required string Currency { get; init; }
        public long Total { get; init; }
        public long Count { get; init; }
    }
}

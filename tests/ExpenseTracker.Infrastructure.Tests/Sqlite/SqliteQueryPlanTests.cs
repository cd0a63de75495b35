using Dapper;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Infrastructure.Sqlite;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Sqlite;

/// <summary>
/// How SQLite plans the queries every request or relay poll runs, on the migrated schema. The database never gathers
/// statistics, so these plans are the ones a database of a million rows gets: a plan that scans a table, or sorts
/// what an index could give in order, grows with every row a user adds.
/// </summary>
public sealed class SqliteQueryPlanTests(SqliteStores store)
{
    [Fact]
    public async Task The_relay_reads_pending_messages_in_commit_order_without_reading_the_sent_ones()
    {
        var plan = await PlanAsync(SqliteOutboxStore.ClaimSql, new { Now = "2026-11-25T00:00:00.0000000+00:00", Relay = "relay", Max = 100 });

        Assert.Contains("USING INDEX ix_outbox_unsent", plan);
        Assert.DoesNotContain("SCAN", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    public static TheoryData<string, ExpenseSort, string> Lists => new()
    {
        { "no filter", ExpenseSort.DateDescending, "ix_expenses_user_date" },
        { "a year", ExpenseSort.DateDescending, "ix_expenses_user_date" },
        { "a year and a category", ExpenseSort.DateDescending, "ix_expenses_user_category_date" },
        { "a year and a category", ExpenseSort.DateAscending, "ix_expenses_user_category_date" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_page_of_expenses_comes_from_an_index_in_the_order_asked(string filters, ExpenseSort sort, string index)
    {
        var filter = filters switch
        {
            "no filter" => new ExpenseFilter(),
            "a year" => new ExpenseFilter { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 12, 31) },
            _ => new ExpenseFilter { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 12, 31), CategoryId = Guid.NewGuid() },
        };
        var (where, parameters) = SqliteExpenseStore.Where("user", filter);
        parameters.Add("Limit", 50);
        parameters.Add("Offset", 0);

        var page = await PlanAsync($"SELECT {ExpenseRow.Columns} FROM expenses WHERE {where} ORDER BY {SqliteExpenseStore.OrderBy(sort)} LIMIT @Limit OFFSET @Offset", parameters);
        var count = await PlanAsync($"SELECT COUNT(*) FROM expenses WHERE {where}", parameters);

        Assert.Contains($"USING INDEX {index}", page);
        Assert.DoesNotContain("TEMP B-TREE", page);
        Assert.DoesNotContain("SCAN", page + count);
    }

    private async Task<string> PlanAsync(string sql, object parameters)
    {
        await using var connection = await store.Port<SqliteDatabase>().OpenAsync(TestContext.Current.CancellationToken);
        var steps = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>($"EXPLAIN QUERY PLAN {sql}", parameters);
        return string.Join('\n', steps.Select(step => step.Detail));
    }
}

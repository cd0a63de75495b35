using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Blobs.Tests.Infrastructure;
using ExpenseTracker.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ExpenseTracker.Blobs.Tests;

/// <summary>
/// Archiving old months to blob storage and bringing them back, through the API, run against each blob backend by
/// a subclass. The archive job's work is run directly, as the scheduled job would.
/// </summary>
public abstract class ArchiveApiContract
{
    protected abstract ApiHost Api { get; }

    private IBlobStorage Blobs => Api.Services.GetRequiredService<IBlobStorage>();

    [Fact]
    public async Task An_archived_month_leaves_reports_unchanged_and_comes_back_exactly()
    {
        var user = await TestUser.NewAsync(Api, "archive");
        var client = user.Client;
        var food = await client.CategoryAsync("Food");
        (await client.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(100m, "EUR"))).EnsureSuccessStatusCode();
        var lunch = await client.CreateExpenseAsync(new ExpenseRequest(12.50m, "EUR", new DateOnly(2020, 3, 5), food.Id, "Canteen", "Lunch, \"menu\"\nwith dessert", ["work", "lunch"], "card"));
        lunch = await (await client.PutAsJsonAsync($"/api/v1/expenses/{lunch.Id}",
            new ExpenseRequest(13.75m, "EUR", new DateOnly(2020, 3, 5), food.Id, "Canteen", "Lunch, \"menu\"\nwith dessert", ["work", "lunch"], "card"))).ReadAsync<ExpenseResponse>();
        var receiptBytes = ReceiptFiles.Jpeg(40_000);
        var receipt = await (await client.PostAsync($"/api/v1/expenses/{lunch.Id}/receipts", ReceiptFiles.Form(receiptBytes, "lunch.jpg", "image/jpeg")))
            .ReadAsync<ReceiptResponse>(HttpStatusCode.Created);
        var train = await client.CreateExpenseAsync(Expenses.Request(4200m, "JPY", new DateOnly(2020, 3, 31), merchant: "JR"));
        var april = await client.CreateExpenseAsync(Expenses.Request(1.125m, "BHD", new DateOnly(2020, 4, 1), merchant: "Souq"));
        var recent = await client.CreateExpenseAsync(Expenses.Request(9.99m, "EUR"));
        var before = await ReadAllAsync(client, lunch, train, april);
        var reportsBefore = await ReportsAsync(client);

        var run = await RunArchiveAsync();

        Assert.True(run.MonthsArchived >= 2, $"Expected this user's two months archived, got {run}");
        var archived = await ListArchiveAsync(client);
        Assert.Equal(["2020-03", "2020-04"], archived.Select(month => month.Month));
        Assert.Equal([2L, 1L], archived.Select(month => month.ExpenseCount));
        Assert.Equal([recent.Id], (await client.ListExpensesAsync()).Items.Select(expense => expense.Id));
        await (await client.GetAsync($"/api/v1/expenses/{lunch.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(reportsBefore, await ReportsAsync(client));
        Assert.NotNull(await Blobs.OpenReadAsync(BlobNames.Receipt(user.UserId, lunch.Id, receipt.Id), TestContext.Current.CancellationToken));

        var again = await RunArchiveAsync();
        Assert.Equal(archived, await ListArchiveAsync(client));
        Assert.Equal(reportsBefore, await ReportsAsync(client));
        Assert.Equal(0, again.MonthsArchived);

        var restored = await client.PostAsync("/api/v1/archive/2020-03/restore", null);

        Assert.Equal(new RestoreResponse("2020-03", 2), await restored.ReadAsync<RestoreResponse>());
        Assert.Equal(before.Take(2), await ReadAllAsync(client, lunch, train));
        Assert.Equal([receipt], (await client.GetFromJsonAsync<ExpenseResponse>($"/api/v1/expenses/{lunch.Id}", TestContext.Current.CancellationToken))!.Receipts);
        Assert.Equal(receiptBytes, await client.GetByteArrayAsync($"/api/v1/expenses/{lunch.Id}/receipts/{receipt.Id}", TestContext.Current.CancellationToken));
        Assert.Equal(reportsBefore, await ReportsAsync(client));
        Assert.Equal(["2020-04"], (await ListArchiveAsync(client)).Select(month => month.Month));
        await (await client.PostAsync("/api/v1/archive/2020-03/restore", null)).AssertProblemAsync(HttpStatusCode.NotFound);

        await RunArchiveAsync();
        Assert.Equal(before.Take(2), await ReadAllAsync(client, lunch, train));
        Assert.Equal(["2020-04"], (await ListArchiveAsync(client)).Select(month => month.Month));
    }

    [Fact]
    public async Task A_crash_between_writing_the_blob_and_deleting_the_rows_is_finished_by_the_next_run()
    {
        var user = await TestUser.NewAsync(Api, "crash");
        var expense = await user.Client.CreateExpenseAsync(Expenses.Request(77.70m, "EUR", new DateOnly(2019, 6, 15), merchant: "Garage", tags: ["car"]));
        var before = await ReadAllAsync(user.Client, expense);
        var reportsBefore = await ReportsAsync(user.Client, "2019-06", "2019-05", "2019-07");

        await Assert.ThrowsAsync<IOException>(() => RunArchiveAsync(user.UserId, CrashPoint.BeforeDeletingRows));

        Assert.Empty(await ListArchiveAsync(user.Client));
        Assert.Equal(before, await ReadAllAsync(user.Client, expense));
        Assert.Equal(reportsBefore, await ReportsAsync(user.Client, "2019-06", "2019-05", "2019-07"));

        var recovery = await RunArchiveAsync();

        Assert.True(recovery.PendingCompleted >= 1, $"Expected the pending month finished, got {recovery}");
        Assert.Equal([("2019-06", 1L)], (await ListArchiveAsync(user.Client)).Select(month => (month.Month, month.ExpenseCount)));
        Assert.Equal(0, (await user.Client.ListExpensesAsync()).TotalCount);
        Assert.Equal(reportsBefore, await ReportsAsync(user.Client, "2019-06", "2019-05", "2019-07"));
        Assert.Single(await ArchiveBlobsAsync(user.UserId));

        (await user.Client.PostAsync("/api/v1/archive/2019-06/restore", null)).EnsureSuccessStatusCode();
        Assert.Equal(before, await ReadAllAsync(user.Client, expense));
    }

    [Fact]
    public async Task A_crash_before_the_month_is_marked_loses_nothing_and_its_blob_is_swept()
    {
        var user = await TestUser.NewAsync(Api, "crash-early");
        var expense = await user.Client.CreateExpenseAsync(Expenses.Request(5m, "USD", new DateOnly(2018, 1, 2), merchant: "Kiosk"));
        var before = await ReadAllAsync(user.Client, expense);

        await Assert.ThrowsAsync<IOException>(() => RunArchiveAsync(user.UserId, CrashPoint.BeforeMarkingPending));

        Assert.Empty(await ListArchiveAsync(user.Client));
        Assert.Equal(before, await ReadAllAsync(user.Client, expense));
        var leftOver = Assert.Single(await ArchiveBlobsAsync(user.UserId));

        await RunArchiveAsync();
        Assert.Equal(["2018-01"], (await ListArchiveAsync(user.Client)).Select(month => month.Month));
        Assert.Equal(2, (await ArchiveBlobsAsync(user.UserId)).Count);

        await SweepAsync(DateTimeOffset.UtcNow.AddHours(2));

        var kept = Assert.Single(await ArchiveBlobsAsync(user.UserId));
        Assert.NotEqual(leftOver, kept);
        (await user.Client.PostAsync("/api/v1/archive/2018-01/restore", null)).EnsureSuccessStatusCode();
        Assert.Equal(before, await ReadAllAsync(user.Client, expense));
    }

    [Fact]
    public async Task An_expense_recorded_later_in_an_archived_month_joins_its_archive()
    {
        var user = await TestUser.NewAsync(Api, "late");
        var first = await user.Client.CreateExpenseAsync(Expenses.Request(10m, "EUR", new DateOnly(2021, 2, 1), merchant: "First"));
        await RunArchiveAsync();
        var late = await user.Client.CreateExpenseAsync(Expenses.Request(2.5m, "EUR", new DateOnly(2021, 2, 28), merchant: "Late"));

        Assert.Equal([new CurrencyTotal("EUR", 12.5m)], (await user.Client.MonthlyReportAsync("2021-02")).Totals);
        await RunArchiveAsync();

        Assert.Equal([("2021-02", 2L)], (await ListArchiveAsync(user.Client)).Select(month => (month.Month, month.ExpenseCount)));
        Assert.Single(await ArchiveBlobsAsync(user.UserId));
        Assert.Equal([new CurrencyTotal("EUR", 12.5m)], (await user.Client.MonthlyReportAsync("2021-02")).Totals);

        (await user.Client.PostAsync("/api/v1/archive/2021-02/restore", null)).EnsureSuccessStatusCode();
        Assert.Equal([late.Id, first.Id], (await user.Client.ListExpensesAsync()).Items.Select(expense => expense.Id));
    }

    [Fact]
    public async Task A_file_imported_again_after_its_months_were_archived_imports_nothing_new()
    {
        var user = await TestUser.NewAsync(Api, "reimport");
        const string csv = """
            date,amount,currency,category,merchant,note,tags
            2016-07-01,8.00,EUR,Books,Old shop,,
            2016-07-01,8.00,EUR,Books,Old shop,,
            2016-08-15,1.20,EUR,,Bus,,
            """;
        Assert.Equal(3, (await user.Client.ImportCsvAsync(csv)).Imported);
        await RunArchiveAsync();
        Assert.Equal(["2016-07", "2016-08"], (await ListArchiveAsync(user.Client)).Select(month => month.Month));

        var again = await user.Client.ImportCsvAsync(csv + "\n2016-08-16,1.20,EUR,,Bus,,\n");

        Assert.Equal((1, 3), (again.Imported, again.Duplicates));
        Assert.Equal(1, (await user.Client.ListExpensesAsync()).TotalCount);
    }

    [Fact]
    public async Task Restoring_answers_404_for_a_month_not_archived_or_not_yours_and_400_for_no_month()
    {
        var owner = await TestUser.NewAsync(Api, "owner");
        await owner.Client.CreateExpenseAsync(Expenses.Request(1m, "EUR", new DateOnly(2017, 5, 5)));
        await RunArchiveAsync();
        var stranger = await TestUser.NewAsync(Api, "stranger");

        await (await stranger.Client.PostAsync("/api/v1/archive/2017-05/restore", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await ListArchiveAsync(stranger.Client));
        await (await owner.Client.PostAsync("/api/v1/archive/2017-06/restore", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await owner.Client.PostAsync("/api/v1/archive/May-2017/restore", null)).AssertFieldErrorAsync("month");
        Assert.Equal(["2017-05"], (await ListArchiveAsync(owner.Client)).Select(month => month.Month));
    }

    private async Task<ArchiveService.RunResult> RunArchiveAsync(string? crashingUser = null, CrashPoint crashPoint = CrashPoint.BeforeDeletingRows)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IArchiveStore>();
        var archive = crashingUser is null
            ? scope.ServiceProvider.GetRequiredService<ArchiveService>()
            : ActivatorUtilities.CreateInstance<ArchiveService>(scope.ServiceProvider, new CrashingArchiveStore(store, crashingUser, crashPoint));
        return await archive.RunAsync(TestContext.Current.CancellationToken);
    }

    private async Task SweepAsync(DateTimeOffset now)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var sweeper = ActivatorUtilities.CreateInstance<OrphanBlobSweeper>(scope.ServiceProvider, new FakeTimeProvider(now), Options.Create(new BlobStorageOptions()));
        await sweeper.SweepAsync(TestContext.Current.CancellationToken);
    }

    private async Task<List<string>> ArchiveBlobsAsync(string userId)
    {
        var names = new List<string>();
        await foreach (var blob in Blobs.ListAsync($"{BlobNames.ArchivePrefix}{BlobNames.UserSegment(userId)}/", TestContext.Current.CancellationToken))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private static async Task<List<ArchivedMonthResponse>> ListArchiveAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/archive")).ReadAsync<List<ArchivedMonthResponse>>();

    /// <summary>The expenses as the API shows them, as JSON text: equal texts mean every field (version, receipts, ...) is equal.</summary>
    private static async Task<List<string>> ReadAllAsync(HttpClient client, params ExpenseResponse[] expenses)
    {
        var read = new List<string>();
        foreach (var expense in expenses)
        {
            read.Add(await client.GetStringAsync($"/api/v1/expenses/{expense.Id}"));
        }

        return read;
    }

    /// <summary>Every report a user could read about the months involved, as JSON text, to compare exactly.</summary>
    private static async Task<List<string>> ReportsAsync(HttpClient client, params string[] months)
    {
        months = months.Length > 0 ? months : ["2020-02", "2020-03", "2020-04", "2020-05"];
        var reports = new List<string>();
        foreach (var month in months)
        {
            reports.Add(await client.GetStringAsync($"/api/v1/reports/monthly?month={month}"));
        }

        reports.Add(await client.GetStringAsync($"/api/v1/reports/trend?from={months.Min()}&to={months.Max()}"));
        return reports;
    }
}

public sealed class FolderArchiveTests(BlobBackends backends) : ArchiveApiContract
{
    protected override ApiHost Api => backends.FolderApi;
}

public sealed class AzuriteArchiveTests(BlobBackends backends) : ArchiveApiContract
{
    protected override ApiHost Api => backends.AzuriteApi;
}

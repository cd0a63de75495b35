using System.Text;
using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Application.Transfers;
using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Receipts;
using ExpenseTracker.Infrastructure.Tests.Adapters;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

/// <summary>
/// The database side of the archive protocol, and what users see of it: reports that still count archived months,
/// a restore that brings back the very same expenses, an import that knows archived expenses. The archive job looks
/// at every user, so this contract runs on a store of its own.
/// </summary>
public abstract class ArchiveStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private static readonly YearMonth May2019 = new(2019, 5);

    private static readonly string NoSpending = Shape([], 0, []);

    private IArchiveStore Archive => Store.Port<IArchiveStore>();

    private IArchivedSpending ArchivedSpending => Store.Port<IArchivedSpending>();

    private IExpenseStore Expenses => Store.Port<IExpenseStore>();

    [Fact]
    public async Task An_archived_month_loses_its_rows_keeps_its_sums_for_reports_and_its_receipts_for_the_sweeper()
    {
        var food = await CategoryAsync("Food");
        var lunch = await ExpenseAsync(12.40m, new DateOnly(2019, 5, 3), food, "Bistro");
        var train = await ExpenseAsync(30m, new DateOnly(2019, 5, 20), null, "Rail");
        var yen = await ExpenseAsync(1200m, new DateOnly(2019, 5, 21), food, "Ramen", "JPY");
        var receipt = await ReceiptAsync(lunch);
        var before = await MonthlyAsync(May2019);

        Assert.Contains(new ArchiveCandidate(UserId, May2019), await Archive.FindCandidatesAsync(new DateOnly(2019, 6, 1), Token));
        Assert.DoesNotContain(new ArchiveCandidate(UserId, May2019), await Archive.FindCandidatesAsync(new DateOnly(2019, 5, 1), Token));
        var content = await Archive.LoadLiveMonthAsync(UserId, May2019, Token);
        Assert.Equal([lunch.Id, train.Id, yen.Id], content.Select(expense => expense.Id));
        Assert.Equal([receipt.Id], content[0].Receipts.Select(archived => archived.Id));

        var pending = await MarkPendingAsync(May2019, null, Blob(1), content.Count);
        Assert.Contains(pending, await Archive.ListPendingAsync(Token));
        Assert.Equal([Blob(1)], (await Archive.FindReferencedBlobsAsync([Blob(1), Blob(0)], Token)).ToList());
        Assert.Equal(ArchiveCompletion.Completed, await Archive.CompleteAsync(pending, content, Token));

        Assert.Null(await Expenses.FindAsync(UserId, lunch.Id, Token));
        Assert.Empty((await Expenses.ListAsync(UserId, ExpenseFilter.None, ExpenseSort.DateAscending, new PageRequest(1, 50), Token)).Items);
        Assert.Null(await Store.Port<IReceiptStore>().FindAsync(UserId, lunch.Id, receipt.Id, Token));
        Assert.Equal([receipt.Id], (await Store.Port<IReceiptStore>().FindKnownAsync([receipt.Id], Token)).ToList());
        Assert.Equal([Blob(1)], (await Archive.FindReferencedBlobsAsync([Blob(1)], Token)).ToList());
        Assert.DoesNotContain(await Archive.ListPendingAsync(Token), month => month.UserId == UserId);

        var archived = Assert.Single(await Archive.ListAsync(UserId, Token));
        Assert.Equal((Blob(1), 3L, (string?)null), (archived.BlobName, archived.ExpenseCount, archived.PendingBlobName));
        Assert.NotNull(archived.ArchivedAt);
        Assert.Equal(before, await MonthlyAsync(May2019));
        Assert.Equal(Shape(["42.40 EUR", "1200 JPY"], 3, [$"{food}: 12.40 EUR", $"{food}: 1200 JPY", ": 30.00 EUR"]), before);
        Assert.Equal(
            [(May2019, Money.Of(42.40m, Currency.Of("EUR"))), (May2019, Money.Of(1200m, Currency.Of("JPY")))],
            (await ArchivedSpending.TrendAsync(UserId, new YearMonth(2019, 1), new YearMonth(2019, 12), Token)).Select(row => (row.Month, row.Amount)).OrderBy(row => row.Amount.Currency.Code));
        Assert.Empty(await ArchivedSpending.TrendAsync(UserId, new YearMonth(2019, 6), new YearMonth(2019, 12), Token));
        Assert.DoesNotContain(new ArchiveCandidate(UserId, May2019), await Archive.FindCandidatesAsync(new DateOnly(2019, 6, 1), Token));

        // Finishing the same pending archive again (a run that stopped after the commit) changes nothing.
        Assert.Equal(ArchiveCompletion.Completed, await Archive.CompleteAsync(pending, content, Token));
    }

    [Fact]
    public async Task A_month_is_marked_pending_only_from_the_state_the_archiver_saw()
    {
        var month = new YearMonth(2018, 2);
        await ExpenseAsync(5m, new DateOnly(2018, 2, 14));

        Assert.False(await Archive.MarkPendingAsync(UserId, month, Blob(9), Blob(1), 1, Token));
        var pending = await MarkPendingAsync(month, null, Blob(1), 1);
        Assert.False(await Archive.MarkPendingAsync(UserId, month, null, Blob(2), 1, Token));
        Assert.Equal(ArchiveCompletion.Completed, await Archive.CompleteAsync(pending, await ContentOfAsync(pending), Token));

        // Expenses recorded later in the archived month: archived again on top of the completed archive.
        await ExpenseAsync(6m, new DateOnly(2018, 2, 15));
        Assert.False(await Archive.MarkPendingAsync(UserId, month, null, Blob(2), 1, Token));
        Assert.False(await Archive.MarkPendingAsync(UserId, month, Blob(8), Blob(2), 1, Token));
        Assert.True(await Archive.MarkPendingAsync(UserId, month, Blob(1), Blob(2), 1, Token));
        var again = (await Archive.FindAsync(UserId, month, Token))!;
        Assert.Equal((Blob(1), Blob(2), 1L), (again.BlobName, again.PendingBlobName, again.PendingRowCount));
        Assert.Equal([Blob(1), Blob(2)], (await Archive.FindReferencedBlobsAsync([Blob(1), Blob(2)], Token)).Order());
    }

    [Fact]
    public async Task A_month_whose_expenses_changed_after_its_blob_was_written_is_left_live_and_unmarked()
    {
        var month = new YearMonth(2017, 7);
        var expense = await ExpenseAsync(5m, new DateOnly(2017, 7, 1));
        await ExpenseAsync(6m, new DateOnly(2017, 7, 2));
        var pending = await MarkPendingAsync(month, null, Blob(1), 2);
        var content = await ContentOfAsync(pending);

        expense.Replace(expense.Date, new ExpenseDetails(Money.Of(7m, Currency.Of("EUR")), null, "Changed", null, null, null), Samples.Now);
        Assert.True(await Expenses.UpdateAsync(expense, 1, Samples.Updated(expense), Token));

        Assert.Equal(ArchiveCompletion.Stale, await Archive.CompleteAsync(pending, content, Token));
        Assert.Equal(2, (await Archive.LoadLiveMonthAsync(UserId, month, Token)).Count);
        Assert.Null(await Archive.FindAsync(UserId, month, Token));
        Assert.Empty(await Archive.FindReferencedBlobsAsync([Blob(1)], Token));
        Assert.Equal(NoSpending, Shape(await ArchivedSpending.MonthlyAsync(UserId, month, Token)));
    }

    [Fact]
    public async Task A_restore_brings_back_the_same_expenses_and_receipts_and_the_month_is_never_archived_again()
    {
        var month = new YearMonth(2016, 11);
        var food = await CategoryAsync("Food");
        var gone = await CategoryAsync("Gone");
        var kept = await ExpenseAsync(19.99m, new DateOnly(2016, 11, 5), food, "Market", tags: ["Weekly", "family"]);
        kept.Replace(kept.Date, kept.Details with { CategoryId = food }, Samples.Now.AddMinutes(1));
        await Expenses.UpdateAsync(kept, 1, Samples.Updated(kept), Token);
        kept = (await Expenses.FindAsync(UserId, kept.Id, Token))!;
        var moved = await ExpenseAsync(3.5m, new DateOnly(2016, 11, 6), gone, "Kiosk");
        var receipt = await ReceiptAsync(kept);
        var pending = await MarkPendingAsync(month, null, Blob(1), 2);
        var content = await ContentOfAsync(pending);
        Assert.Equal(ArchiveCompletion.Completed, await Archive.CompleteAsync(pending, content, Token));

        // A category deleted while its expenses are archived: reports and the restore count them as uncategorised.
        Assert.Equal(CategoryDeletion.Deleted, await Store.Port<ICategoryStore>().DeleteAsync(UserId, gone, null, Samples.CategoryDeleted(UserId, gone), Token));
        Assert.Contains((await ArchivedSpending.MonthlyAsync(UserId, month, Token)).ByCategory, row => row.CategoryId is null && row.Amount == Money.Of(3.5m, Currency.Of("EUR")));

        Assert.False(await Archive.RestoreAsync(UserId, month, Blob(8), content, Token));
        Assert.True(await Archive.RestoreAsync(UserId, month, Blob(1), content, Token));

        var restored = (await Expenses.FindAsync(UserId, kept.Id, Token))!;
        Assert.Equal(kept.Details, restored.Details);
        Assert.Equal((kept.Date, kept.Version), (restored.Date, restored.Version));
        Assert.Equal(Stored(kept.CreatedAt), Stored(restored.CreatedAt));
        Assert.Equal(Stored(kept.UpdatedAt), Stored(restored.UpdatedAt));
        Assert.Null((await Expenses.FindAsync(UserId, moved.Id, Token))!.Details.CategoryId);
        var back = await Store.Port<IReceiptStore>().FindAsync(UserId, kept.Id, receipt.Id, Token);
        Assert.Equal(receipt.BlobName, back?.BlobName);
        Assert.Equal([receipt.Id], (await Store.Port<IReceiptStore>().FindKnownAsync([receipt.Id], Token)).ToList());

        var state = (await Archive.FindAsync(UserId, month, Token))!;
        Assert.Equal(((string?)null, 0L), (state.BlobName, state.ExpenseCount));
        Assert.NotNull(state.RestoredAt);
        Assert.Empty(await Archive.ListAsync(UserId, Token));
        Assert.Equal(NoSpending, Shape(await ArchivedSpending.MonthlyAsync(UserId, month, Token)));
        Assert.Empty(await Archive.FindReferencedBlobsAsync([Blob(1)], Token));
        Assert.DoesNotContain(new ArchiveCandidate(UserId, month), await Archive.FindCandidatesAsync(new DateOnly(2017, 1, 1), Token));
        Assert.False(await Archive.MarkPendingAsync(UserId, month, null, Blob(2), 2, Token));
        Assert.False(await Archive.RestoreAsync(UserId, month, Blob(1), content, Token));
    }

    [Fact]
    public async Task Through_the_archive_job_reports_are_unchanged_an_import_knows_archived_expenses_and_a_restore_undoes_it()
    {
        var month = new YearMonth(2015, 3);
        var food = await CategoryAsync("Food");
        var expense = await ExpenseAsync(8.80m, new DateOnly(2015, 3, 10), food, "Bakery");
        var before = await MonthlyAsync(month);
        var archiveService = ArchiveService();

        var run = await archiveService.RunAsync(Token);
        Assert.True(run.MonthsArchived >= 1);
        Assert.Null(await Expenses.FindAsync(UserId, expense.Id, Token));
        Assert.Equal(before, await MonthlyAsync(month));

        var csv = "date,amount,currency,category,merchant,note,tags\n2015-03-10,8.80,EUR,Food,Bakery,,\n2015-03-11,8.80,EUR,Food,Bakery,,\n";
        var imported = await ImportService().ImportAsync(UserId, new MemoryStream(Encoding.UTF8.GetBytes(csv)), Token);
        Assert.True(imported.IsSuccess);
        Assert.Equal((1, 1), (imported.Value.Imported, imported.Value.Duplicates));

        var restore = await archiveService.RestoreAsync(UserId, month.ToString(), Token);
        Assert.True(restore.IsSuccess);
        Assert.Equal(1, restore.Value.Restored);
        var back = (await Expenses.FindAsync(UserId, expense.Id, Token))!;
        Assert.Equal(expense.Details, back.Details);
        Assert.Equal(2, (await Expenses.ListAsync(UserId, ExpenseFilter.None, ExpenseSort.DateAscending, new PageRequest(1, 50), Token)).TotalCount);
    }

    /// <summary>A blob name of this test's own: the blob names a month points to are looked up across users.</summary>
    private string Blob(int generation) => $"archive/{UserId}/{generation}";

    private ArchiveService ArchiveService() => new(
        Archive,
        Store.Port<IBlobStorage>(),
        Options.Create(new ArchiveOptions()),
        new UserViewCache(Store.Port<HybridCache>(), Store.Port<IViewGenerations>()),
        TimeProvider.System,
        NullLogger<ArchiveService>.Instance);

    private ExpenseImportService ImportService() => new(
        Store.Port<IExpenseImportStore>(),
        Store.Port<ICategoryStore>(),
        Archive,
        Store.Port<IBlobStorage>(),
        new UserViewCache(Store.Port<HybridCache>(), Store.Port<IViewGenerations>()),
        TimeProvider.System);

    /// <summary>What a report of the month adds up (live expenses and the archived month's sums), in a comparable shape.</summary>
    private async Task<string> MonthlyAsync(YearMonth month) =>
        Shape(SpendingMerge.Combine(
            await Store.Port<IReportStore>().MonthlyAsync(UserId, month, Token),
            await ArchivedSpending.MonthlyAsync(UserId, month, Token)));

    private static string Shape(MonthlySpending spending) => Shape(
        spending.Totals.Select(total => total.ToString()),
        spending.Count,
        spending.ByCategory.Select(row => $"{row.CategoryId}: {row.Amount}"));

    private static string Shape(IEnumerable<string> totals, long count, IEnumerable<string> byCategory) =>
        $"totals {string.Join(" + ", totals.Order(StringComparer.Ordinal))}; {count} expenses; by category {string.Join(" | ", byCategory.Order(StringComparer.Ordinal))}";

    private async Task<ArchivedMonth> MarkPendingAsync(YearMonth month, string? expectedBlobName, string blobName, long rows)
    {
        Assert.True(await Archive.MarkPendingAsync(UserId, month, expectedBlobName, blobName, rows, Token));
        var pending = (await Archive.FindAsync(UserId, month, Token))!;
        Assert.Equal((blobName, rows), (pending.PendingBlobName, pending.PendingRowCount));
        return pending;
    }

    private Task<IReadOnlyList<ArchivedExpense>> ContentOfAsync(ArchivedMonth pending) => Archive.LoadLiveMonthAsync(UserId, pending.Month, Token);

    private async Task<Expense> ExpenseAsync(decimal amount, DateOnly date, Guid? categoryId = null, string? merchant = null, string currency = "EUR", IReadOnlyList<string>? tags = null)
    {
        var expense = Samples.Expense(UserId, amount, currency, date, categoryId, merchant, tags: tags);
        Assert.True(await Expenses.AddAsync(expense, Samples.Created(expense), null, Token));
        return expense;
    }

    private async Task<Receipt> ReceiptAsync(Expense expense)
    {
        var id = Guid.CreateVersion7();
        var receipt = new Receipt
        {
            Id = id,
            ExpenseId = expense.Id,
            UserId = UserId,
            FileName = "ticket.pdf",
            ContentType = "application/pdf",
            Size = 1024,
            BlobName = BlobNames.Receipt(UserId, expense.Id, id),
            CreatedAt = Samples.Now,
        };
        Assert.True(await Store.Port<IReceiptStore>().AddAsync(receipt, Token));
        return receipt;
    }
}

using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Transfers;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

/// <summary>CSV import's batches: a row identical (date, amount, currency, merchant) to an expense the user had before the import is skipped.</summary>
public abstract class ExpenseImportStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private IExpenseImportStore Import => Store.Port<IExpenseImportStore>();

    [Fact]
    public async Task Rows_identical_to_an_expense_the_user_had_are_skipped_and_the_others_added_with_their_events()
    {
        await ExistingAsync(12.50m, "EUR", new DateOnly(2026, 3, 1), "Bakery");
        var batch = Rows(
            (12.50m, "EUR", new DateOnly(2026, 3, 1), "Bakery"),
            (12.5m, "EUR", new DateOnly(2026, 3, 1), "Bakery"),
            (12.50m, "EUR", new DateOnly(2026, 3, 1), "bakery"),
            (12.50m, "USD", new DateOnly(2026, 3, 1), "Bakery"),
            (12.51m, "EUR", new DateOnly(2026, 3, 1), "Bakery"),
            (12.50m, "EUR", new DateOnly(2026, 3, 2), "Bakery"),
            (12.50m, "EUR", new DateOnly(2026, 3, 1), null));

        var added = await Import.AddUnlessDuplicateAsync(UserId, batch, new HashSet<Guid>(), Token);

        Assert.Equal([false, false, true, true, true, true, true], added);
        var stored = await ExpensesAsync();
        Assert.Equal(6, stored.Count);
        Assert.All(batch.Where((_, index) => added[index]), row => Assert.Contains(stored, expense => expense.Id == row.Expense.Id));
        var messages = await Store.OutboxMessageIdsAsync(UserId);
        Assert.Equal(6, messages.Count);
        Assert.All(batch.Where((_, index) => added[index]), row => Assert.Contains(row.Message.Id, messages));
    }

    [Fact]
    public async Task Identical_rows_of_one_file_all_import_even_across_batches()
    {
        var first = Rows((3m, "EUR", new DateOnly(2026, 3, 5), "Coffee"), (3m, "EUR", new DateOnly(2026, 3, 5), "Coffee"));
        var second = Rows((3m, "EUR", new DateOnly(2026, 3, 5), "Coffee"));

        Assert.Equal([true, true], await Import.AddUnlessDuplicateAsync(UserId, first, new HashSet<Guid>(), Token));
        var addedByThisImport = first.Select(row => row.Expense.Id).ToHashSet();
        Assert.Equal([true], await Import.AddUnlessDuplicateAsync(UserId, second, addedByThisImport, Token));

        Assert.Equal(3, (await ExpensesAsync()).Count);

        // The same file imported again: every row now matches an expense that existed before this import.
        var again = Rows((3m, "EUR", new DateOnly(2026, 3, 5), "Coffee"), (3m, "EUR", new DateOnly(2026, 3, 5), "Coffee"));
        Assert.Equal([false, false], await Import.AddUnlessDuplicateAsync(UserId, again, new HashSet<Guid>(), Token));
        Assert.Equal(3, (await ExpensesAsync()).Count);
    }

    [Fact]
    public async Task Another_users_expenses_are_never_duplicates()
    {
        var other = StoreUnderTest.NewUserId();
        var theirs = Samples.Expense(other, 40m, "EUR", new DateOnly(2026, 3, 9), merchant: "Garage");
        await Store.Port<IExpenseStore>().AddAsync(theirs, Samples.Created(theirs), null, Token);

        Assert.Equal([true], await Import.AddUnlessDuplicateAsync(UserId, Rows((40m, "EUR", new DateOnly(2026, 3, 9), "Garage")), new HashSet<Guid>(), Token));
    }

    private List<ImportedExpense> Rows(params (decimal Amount, string Currency, DateOnly Date, string? Merchant)[] rows) =>
        rows.Select(row =>
        {
            var expense = Samples.Expense(UserId, row.Amount, row.Currency, row.Date, merchant: row.Merchant, note: "imported");
            return new ImportedExpense(expense, Samples.Created(expense));
        }).ToList();

    private async Task ExistingAsync(decimal amount, string currency, DateOnly date, string? merchant)
    {
        var expense = Samples.Expense(UserId, amount, currency, date, merchant: merchant, note: "typed in by hand");
        await Store.Port<IExpenseStore>().AddAsync(expense, Samples.Created(expense), null, Token);
    }

    private async Task<IReadOnlyList<Expense>> ExpensesAsync() =>
        (await Store.Port<IExpenseStore>().ListAsync(UserId, ExpenseFilter.None, ExpenseSort.DateAscending, new PageRequest(1, 200), Token)).Items;
}

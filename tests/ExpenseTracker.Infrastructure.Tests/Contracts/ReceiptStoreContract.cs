using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Receipts;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

/// <summary>The receipts' rows: which blob holds which file of which of the user's expenses.</summary>
public abstract class ReceiptStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private IReceiptStore Receipts => Store.Port<IReceiptStore>();

    [Fact]
    public async Task A_receipt_reads_back_as_it_was_written_only_on_its_expense_and_to_its_user()
    {
        var expense = await ExpenseAsync();
        var receipt = Receipt(expense, "Café du Coin – ticket.pdf");

        Assert.True(await Receipts.AddAsync(receipt, Token));

        var stored = await Receipts.FindAsync(UserId, expense.Id, receipt.Id, Token);
        Assert.NotNull(stored);
        Assert.Equal(receipt with { CreatedAt = Stored(receipt.CreatedAt) }, stored with { CreatedAt = Stored(stored.CreatedAt) });
        Assert.Null(await Receipts.FindAsync(UserId, Guid.NewGuid(), receipt.Id, Token));
        Assert.Null(await Receipts.FindAsync(StoreUnderTest.NewUserId(), expense.Id, receipt.Id, Token));
    }

    [Fact]
    public async Task A_receipt_is_refused_on_an_expense_that_is_not_the_users_or_does_not_exist()
    {
        var expense = await ExpenseAsync();
        var intruder = StoreUnderTest.NewUserId();

        Assert.False(await Receipts.AddAsync(Receipt(expense) with { UserId = intruder }, Token));
        Assert.False(await Receipts.AddAsync(Receipt(expense) with { ExpenseId = Guid.NewGuid() }, Token));
        Assert.Empty(await Receipts.ListByExpenseAsync(UserId, [expense.Id], Token));
        Assert.Empty(await Receipts.ListByExpenseAsync(intruder, [expense.Id], Token));
    }

    [Fact]
    public async Task Receipts_are_listed_per_expense_oldest_first_leaving_out_expenses_without_any()
    {
        var lunch = await ExpenseAsync();
        var taxi = await ExpenseAsync();
        var bare = await ExpenseAsync();
        var now = Samples.Now;
        var second = Receipt(lunch, "second.png", now.AddSeconds(1));
        var first = Receipt(lunch, "first.jpg", now);
        var ride = Receipt(taxi, "ride.pdf", now);
        foreach (var receipt in new[] { second, first, ride })
        {
            await Receipts.AddAsync(receipt, Token);
        }

        var listed = await Receipts.ListByExpenseAsync(UserId, [lunch.Id, taxi.Id, bare.Id], Token);

        Assert.Equal(new[] { lunch.Id, taxi.Id }.Order(), listed.Keys.Order());
        Assert.Equal(["first.jpg", "second.png"], listed[lunch.Id].Select(receipt => receipt.FileName));
        Assert.Equal(["ride.pdf"], listed[taxi.Id].Select(receipt => receipt.FileName));
        Assert.False(listed.ContainsKey(bare.Id));
        Assert.Equal(["ride.pdf"], (await Receipts.ListByExpenseAsync(UserId, [taxi.Id], Token))[taxi.Id].Select(receipt => receipt.FileName));
        Assert.Empty(await Receipts.ListByExpenseAsync(UserId, [], Token));
    }

    [Fact]
    public async Task A_deleted_receipt_is_gone_once_and_no_longer_known_to_the_sweeper()
    {
        var expense = await ExpenseAsync();
        var kept = Receipt(expense, "kept.pdf");
        var removed = Receipt(expense, "removed.pdf");
        await Receipts.AddAsync(kept, Token);
        await Receipts.AddAsync(removed, Token);

        Assert.False(await Receipts.DeleteAsync(StoreUnderTest.NewUserId(), expense.Id, removed.Id, Token));
        Assert.True(await Receipts.DeleteAsync(UserId, expense.Id, removed.Id, Token));
        Assert.False(await Receipts.DeleteAsync(UserId, expense.Id, removed.Id, Token));

        var unknown = Guid.NewGuid();
        Assert.Equal([kept.Id], (await Receipts.FindKnownAsync([kept.Id, removed.Id, unknown], Token)).ToList());
        Assert.Empty(await Receipts.FindKnownAsync([], Token));
    }

    [Fact]
    public async Task Deleting_an_expense_removes_its_receipts_rows()
    {
        var expense = await ExpenseAsync();
        var receipt = Receipt(expense);
        await Receipts.AddAsync(receipt, Token);

        Assert.True(await Store.Port<IExpenseStore>().DeleteAsync(expense, expense.Version, Samples.Deleted(expense), Token));

        Assert.Null(await Receipts.FindAsync(UserId, expense.Id, receipt.Id, Token));
        Assert.Empty(await Receipts.FindKnownAsync([receipt.Id], Token));
        Assert.False(await Receipts.AddAsync(Receipt(expense), Token));
    }

    private async Task<Expense> ExpenseAsync()
    {
        var expense = Samples.Expense(UserId, 18.40m, merchant: "Bistro");
        await Store.Port<IExpenseStore>().AddAsync(expense, Samples.Created(expense), null, Token);
        return expense;
    }

    private Receipt Receipt(Expense expense, string fileName = "receipt.jpg", DateTimeOffset? createdAt = null)
    {
        var id = Guid.CreateVersion7();
        return new Receipt
        {
            Id = id,
            ExpenseId = expense.Id,
            UserId = UserId,
            FileName = fileName,
            ContentType = fileName.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "image/jpeg",
            Size = 48_213,
            BlobName = $"receipts/{UserId}/{expense.Id:N}/{id:N}",
            CreatedAt = createdAt ?? Samples.Now,
        };
    }
}

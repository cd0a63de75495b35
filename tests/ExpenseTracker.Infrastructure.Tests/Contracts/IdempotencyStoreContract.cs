using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

public abstract class IdempotencyStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private IIdempotencyStore Records => Store.Port<IIdempotencyStore>();

    [Fact]
    public async Task A_record_is_found_by_its_user_and_key_while_it_is_recent_enough()
    {
        var madeAt = Samples.Now;
        var record = new IdempotencyRecord(UserId, "order-42", "ABC123", 201, """{"id":"x"}""", madeAt);
        var expense = Samples.Expense(UserId, 10m);
        await Store.Port<IExpenseStore>().AddAsync(expense, Samples.Created(expense), record, Token);

        var found = await Records.FindAsync(UserId, "order-42", madeAt.AddMinutes(-1), Token);
        Assert.NotNull(found);
        Assert.Equal(UserId, found.UserId);
        Assert.Equal("order-42", found.Key);
        Assert.Equal("ABC123", found.RequestHash);
        Assert.Equal(201, found.StatusCode);
        Assert.Equal("""{"id":"x"}""", found.ResponseBody);
        Assert.Equal(Stored(madeAt), Stored(found.CreatedAt));

        Assert.Null(await Records.FindAsync(UserId, "order-42", madeAt.AddSeconds(1), Token));
        Assert.Null(await Records.FindAsync(UserId, "ORDER-42", madeAt.AddMinutes(-1), Token));
        Assert.Null(await Records.FindAsync(StoreUnderTest.NewUserId(), "order-42", madeAt.AddMinutes(-1), Token));
    }
}

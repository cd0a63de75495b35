using ExpenseTracker.Application.Categories;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

/// <summary>
/// A port's contract, written once and run against every adapter. Each test works as a user of its own, so tests
/// share one store per adapter. An adapter that cannot run here skips every test, saying why and how to run it.
/// </summary>
public abstract class StoreContract
{
    protected StoreContract(StoreUnderTest store)
    {
        store.SkipUnlessAvailable();
        Store = store;
    }

    protected StoreUnderTest Store { get; }

    protected string UserId { get; } = StoreUnderTest.NewUserId();

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A new category of <paramref name="userId"/> (else the test's user): expenses and budgets point at real ones.</summary>
    protected async Task<Guid> CategoryAsync(string name, string? userId = null)
    {
        var category = Samples.Category(userId ?? UserId, name);
        Assert.True(await Store.Port<ICategoryStore>().AddAsync(category, Token));
        return category.Id;
    }

    /// <summary>What every store keeps of a timestamp: UTC, to the millisecond.</summary>
    protected static DateTimeOffset Stored(DateTimeOffset moment) =>
        new(moment.UtcTicks - moment.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}

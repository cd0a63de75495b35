using ExpenseTracker.Client;
using ExpenseTracker.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Web.Tests.Infrastructure;

/// <summary>The typed client as a .NET app registers it, signed in through the API's local token endpoint.</summary>
public sealed class SignedInApi : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SignedInApi(ServiceProvider services)
    {
        _services = services;
        Api = services.GetRequiredService<IExpenseTrackerClient>();
    }

    public IExpenseTrackerClient Api { get; }

    public static SignedInApi Create(Uri address, string user)
    {
        var services = new ServiceCollection();
        services.AddExpenseTrackerClient(options => options.BaseAddress = address).WithLocalDevToken(user);
        return new SignedInApi(services.BuildServiceProvider());
    }

    public async Task<CategoryResponse> CategoryAsync(string name) => (await Api.Categories.ListAsync()).Single(category => category.Name == name);

    public async Task<ExpenseResponse> AddExpenseAsync(decimal amount, string currency, string merchant, Guid? categoryId = null, IReadOnlyList<string>? tags = null) =>
        (await Api.Expenses.CreateAsync(new ExpenseRequest(amount, currency, DateOnly.FromDateTime(DateTime.UtcNow), categoryId, merchant, null, tags)).WithETagAsync()).Value;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

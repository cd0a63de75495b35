using ExpenseTracker.Client;
using ExpenseTracker.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Benchmark.Seeding;

/// <summary>
/// Everything the benchmark asks the API outside the load itself (sign-in, seeding, checks, the uncached-report
/// samples) goes through the typed client, as the user each call names.
/// </summary>
internal sealed class BenchmarkApi : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IExpenseTrackerClient _client;

    public BenchmarkApi(Uri address)
    {
        var services = new ServiceCollection();
        services.AddExpenseTrackerClient(options =>
            {
                options.BaseAddress = address;
                options.RetryDelay = TimeSpan.FromMilliseconds(500);
            })
            .WithAccessTokenProvider(_ => new ActingUser());
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<IExpenseTrackerClient>();
    }

    public async Task<BenchUser> SignInAsync(string name, CancellationToken cancellationToken)
    {
        var token = await _client.DevToken.IssueAsync(new DevTokenRequest(name), cancellationToken);
        return new BenchUser(name, token.AccessToken);
    }

    public async Task<ImportResponse> ImportAsync(BenchUser user, byte[] csv, CancellationToken cancellationToken)
    {
        ActingUser.Set(user.Token);
        using var content = new CsvUploadContent(new MemoryStream(csv, writable: false));
        return await _client.ImportExport.ImportAsync(content, cancellationToken);
    }

    public async Task<long> CountAsync(BenchUser user, CancellationToken cancellationToken)
    {
        ActingUser.Set(user.Token);
        return (await _client.Expenses.ListAsync(new ExpenseQuery { PageSize = "1" }, cancellationToken)).TotalCount;
    }

    /// <summary>The user with their category ids and the ids of their latest expenses (the ones the load updates).</summary>
    public async Task<BenchUser> DescribeAsync(BenchUser user, int expenses, CancellationToken cancellationToken)
    {
        ActingUser.Set(user.Token);
        var categories = await _client.Categories.ListAsync(cancellationToken);
        var latest = await _client.Expenses.ListAsync(new ExpenseQuery { PageSize = $"{expenses}" }, cancellationToken);
        return user with
        {
            CategoryIds = categories.Select(category => category.Id).ToList(),
            ExpenseIds = latest.Items.Select(expense => expense.Id).ToList(),
        };
    }

    public async Task<ExpenseResponse> CreateAsync(BenchUser user, ExpenseRequest request, CancellationToken cancellationToken)
    {
        ActingUser.Set(user.Token);
        return (await _client.Expenses.CreateAsync(request, idempotencyKey: null, cancellationToken).WithETagAsync()).Value;
    }

    public async Task<MonthlyReport> MonthlyReportAsync(BenchUser user, string month, CancellationToken cancellationToken)
    {
        ActingUser.Set(user.Token);
        return await _client.Reports.MonthlyAsync(month, cancellationToken);
    }

    public void Dispose() => _services.Dispose();
}

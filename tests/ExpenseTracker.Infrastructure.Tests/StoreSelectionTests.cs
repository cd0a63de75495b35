using ExpenseTracker.Application;
using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Application.Notifications;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Application.Recurring;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Application.Transfers;
using ExpenseTracker.Application.Users;
using ExpenseTracker.Infrastructure.Messaging;
using ExpenseTracker.Infrastructure.MongoDB;
using ExpenseTracker.Infrastructure.Sqlite;
using ExpenseTracker.LocalServers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.Tests;

/// <summary>The store is chosen by <c>ConnectionStrings:expensedb</c> alone: no code changes between the two.</summary>
public sealed class StoreSelectionTests
{
    private static readonly Type[] Ports =
    [
        typeof(IExpenseStore), typeof(ICategoryStore), typeof(IBudgetStore), typeof(IUserStore), typeof(IReportStore), typeof(IIdempotencyStore),
        typeof(IReceiptStore), typeof(IExpenseImportStore), typeof(IArchiveStore), typeof(IArchivedSpending), typeof(IOutboxStore),
        typeof(IRecurringStore), typeof(INotificationStore), typeof(IDeadLetterStore),
    ];

    [Fact]
    public void Without_a_connection_string_every_port_is_served_by_sqlite()
    {
        using var dataDirectory = new TempDirectory("store-selection");
        var services = Compose(new() { ["Storage:DataDirectory"] = dataDirectory.Path });
        using var provider = services.BuildServiceProvider();

        Assert.All(Ports, port => Assert.StartsWith("Sqlite", provider.GetRequiredService(port).GetType().Name, StringComparison.Ordinal));
        Assert.DoesNotContain(services, service => service.ServiceType == typeof(IMongoClient));
        Assert.Contains(services, service => service.ImplementationType == typeof(SqliteMessagingHousekeeping));
    }

    [Fact]
    public void A_mongodb_url_serves_every_port_from_mongodb_and_nothing_from_sqlite()
    {
        var services = Compose(new() { ["ConnectionStrings:expensedb"] = "mongodb://db.internal:27017/expensedb?replicaSet=rs0" });

        Assert.All(Ports, port => Assert.StartsWith("Mongo", Implementation(services, port).Name, StringComparison.Ordinal));
        Assert.Contains(services, service => service.ServiceType == typeof(IMongoClient));
        Assert.DoesNotContain(services, service => IsSqlite(service.ServiceType) || IsSqlite(service.ImplementationType));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("mongodb://db.internal:27017/expensedb?replicaSet=rs0")]
    public void Every_service_of_the_api_and_of_the_worker_can_be_made_with_either_store(string? database)
    {
        using var dataDirectory = new TempDirectory("store-selection");
        foreach (var (role, messaging) in new[] { (HostRole.Api, (string?)null), (HostRole.Worker, "amqp://guest:guest@broker.internal:5672/") })
        {
            var services = Compose(new() { ["ConnectionStrings:expensedb"] = database, ["ConnectionStrings:messaging"] = messaging, ["Storage:DataDirectory"] = dataDirectory.Path }, role);
            services.AddApplication();

            // Checks that every registered service's dependencies are registered, without making any of them.
            using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        }
    }

    [Fact]
    public void A_dns_seed_list_url_selects_mongodb_too()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:expensedb"] = "mongodb+srv://cluster0.example.net/expensedb",
        }).Build();

        Assert.True(StoreSelection.UsesMongoDB(configuration));
    }

    [Fact]
    public void A_connection_string_that_is_not_a_mongodb_url_stops_the_start_without_echoing_it()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            Compose(new() { ["ConnectionStrings:expensedb"] = "Server=db;Password=hunter2" }));

        Assert.Contains("mongodb://", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A host's composition (by default the API's in standalone mode: every store, and the background jobs with their
    /// housekeeping).
    /// </summary>
    private static IServiceCollection Compose(Dictionary<string, string?> settings, HostRole role = HostRole.Api)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddInfrastructure();
        builder.AddMessaging(role);
        return builder.Services;
    }

    private static Type Implementation(IServiceCollection services, Type port) =>
        services.Last(service => service.ServiceType == port).ImplementationType
        ?? throw new InvalidOperationException($"{port.Name} is registered through a factory; name its implementation type instead.");

    private static bool IsSqlite(Type? type) => type?.Namespace == typeof(SqliteDatabase).Namespace;
}

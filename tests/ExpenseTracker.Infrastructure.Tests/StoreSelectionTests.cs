using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Application.Users;
using ExpenseTracker.Infrastructure.MongoDB;
using ExpenseTracker.Infrastructure.Sqlite;
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
    ];

    [Fact]
    public void Without_a_connection_string_every_port_is_served_by_sqlite()
    {
        var services = Compose(new());

        Assert.All(Ports, port => Assert.Equal("Sqlite", Implementation(services, port)[..6]));
        Assert.DoesNotContain(services, service => service.ServiceType == typeof(IMongoClient));
    }

    [Fact]
    public void A_mongodb_url_serves_every_port_from_mongodb()
    {
        var services = Compose(new() { ["ConnectionStrings:expensedb"] = "mongodb://db.internal:27017/expensedb?replicaSet=rs0" });

        Assert.All(Ports, port => Assert.Equal("Mongo", Implementation(services, port)[..5]));
        Assert.Contains(services, service => service.ServiceType == typeof(IMongoClient));
        Assert.DoesNotContain(services, service => service.ServiceType == typeof(SqliteDatabase));
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

    private static IServiceCollection Compose(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddInfrastructure();
        return builder.Services;
    }

    private static string Implementation(IServiceCollection services, Type port) =>
        services.Last(service => service.ServiceType == port).ImplementationType!.Name;
}

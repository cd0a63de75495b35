using ExpenseTracker.Infrastructure.MongoDB.Client;
using ExpenseTracker.LocalServers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>Needs no server: what <c>AddMongoDBClient</c> registers, and a health check that reports a server that does not answer.</summary>
public sealed class MongoDBClientTests
{
    [Fact]
    public void One_client_and_the_database_named_by_the_url_are_registered()
    {
        using var host = Build(new() { ["ConnectionStrings:expensedb"] = $"mongodb://127.0.0.1:{UnusedPort()}/ledger?replicaSet=rs0" });

        Assert.Same(host.Services.GetRequiredService<IMongoClient>(), host.Services.GetRequiredService<IMongoClient>());
        Assert.Equal("ledger", host.Services.GetRequiredService<IMongoDatabase>().DatabaseNamespace.DatabaseName);
        Assert.Equal("rs0", host.Services.GetRequiredService<IMongoClient>().Settings.ReplicaSetName);
    }

    [Fact]
    public void Without_a_database_in_the_url_the_database_is_named_after_the_connection()
    {
        using var host = Build(new() { ["ConnectionStrings:expensedb"] = $"mongodb://127.0.0.1:{UnusedPort()}" });

        Assert.Equal("expensedb", host.Services.GetRequiredService<IMongoDatabase>().DatabaseNamespace.DatabaseName);
    }

    [Fact]
    public async Task The_health_check_named_after_the_connection_reports_a_server_that_does_not_answer()
    {
        using var host = Build(new()
        {
            ["ConnectionStrings:expensedb"] = $"mongodb://127.0.0.1:{UnusedPort()}/expensedb?serverSelectionTimeoutMS=300&connectTimeoutMS=300",
            ["MongoDB:HealthCheckTimeout"] = "00:00:05",
        });

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);

        var entry = Assert.Single(report.Entries, entry => entry.Key == "expensedb");
        Assert.Equal(HealthStatus.Unhealthy, entry.Value.Status);
        Assert.Contains("ready", entry.Value.Tags);
        Assert.Contains("did not answer a ping", entry.Value.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_turn_the_health_check_and_the_tracing_off()
    {
        using var host = Build(new()
        {
            ["ConnectionStrings:expensedb"] = $"mongodb://127.0.0.1:{UnusedPort()}/expensedb",
            ["MongoDB:DisableHealthChecks"] = "true",
            ["MongoDB:DisableTracing"] = "true",
        });

        var checks = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.DoesNotContain(checks, check => check.Name == "expensedb");
        Assert.Null(host.Services.GetRequiredService<IMongoClient>().Settings.ClusterConfigurator);
    }

    [Fact]
    public void By_default_commands_are_traced_by_our_subscriber_and_not_twice_by_the_driver()
    {
        using var host = Build(new() { ["ConnectionStrings:expensedb"] = $"mongodb://127.0.0.1:{UnusedPort()}/expensedb" });

        var settings = host.Services.GetRequiredService<IMongoClient>().Settings;
        Assert.NotNull(settings.ClusterConfigurator);
        Assert.True(settings.TracingOptions?.Disabled);
    }

    [Fact]
    public void Without_a_connection_string_it_says_which_setting_is_missing()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        var missing = Assert.Throws<InvalidOperationException>(() => builder.AddMongoDBClient("expensedb"));

        Assert.Contains("ConnectionStrings:expensedb", missing.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddMongoDBClient("expensedb");
        return builder.Build();
    }

    /// <summary>A loopback port nothing listens on.</summary>
    private static int UnusedPort() => FreePort.Next();
}

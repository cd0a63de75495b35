using System.Diagnostics;
using ExpenseTracker.Infrastructure.MongoDB.Client;
using ExpenseTracker.LocalServers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using MongoDB.Bson;
using MongoDB.Driver;
using OpenTelemetry.Trace;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>Needs no server: what <c>AddMongoDBClient</c> registers, and the health check and spans of a server that does not answer.</summary>
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
    public void Settings_turn_the_health_check_off()
    {
        using var host = Build(new()
        {
            ["ConnectionStrings:expensedb"] = $"mongodb://127.0.0.1:{UnusedPort()}/expensedb",
            ["MongoDB:DisableHealthChecks"] = "true",
        });

        var checks = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.DoesNotContain(checks, check => check.Name == "expensedb");
    }

    [Fact]
    public async Task A_query_is_a_client_span_of_the_apps_traces_named_after_its_operation_and_collection()
    {
        var collection = $"probe{Guid.NewGuid():N}";
        var exported = new List<Activity>();
        using var host = Build(
            new() { ["ConnectionStrings:expensedb"] = $"mongodb://127.0.0.1:{UnusedPort()}/expensedb?serverSelectionTimeoutMS=200" },
            tracing => tracing.AddInMemoryExporter(exported));
        await host.StartAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<TimeoutException>(() => FindAsync(host, collection));

        var span = Assert.Single(exported, span => Equals(span.GetTagItem("db.collection.name"), collection));
        Assert.Equal(MongoTelemetry.ActivitySourceName, span.Source.Name);
        Assert.Equal($"find expensedb.{collection}", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("mongodb", span.GetTagItem("db.system.name"));
        Assert.Equal("find", span.GetTagItem("db.operation.name"));
        Assert.Equal("expensedb", span.GetTagItem("db.namespace"));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task With_tracing_disabled_the_driver_makes_no_span()
    {
        var collection = $"probe{Guid.NewGuid():N}";
        var exported = new List<Activity>();
        using var host = Build(
            new()
            {
                ["ConnectionStrings:expensedb"] = $"mongodb://127.0.0.1:{UnusedPort()}/expensedb?serverSelectionTimeoutMS=200",
                ["MongoDB:DisableTracing"] = "true",
            },
            tracing => tracing.AddSource(MongoTelemetry.ActivitySourceName).AddInMemoryExporter(exported));
        await host.StartAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<TimeoutException>(() => FindAsync(host, collection));

        Assert.DoesNotContain(exported, span => Equals(span.GetTagItem("db.collection.name"), collection));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Without_a_connection_string_it_says_which_setting_is_missing()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        var missing = Assert.Throws<InvalidOperationException>(() => builder.AddMongoDBClient("expensedb"));

        Assert.Contains("ConnectionStrings:expensedb", missing.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings, Action<TracerProviderBuilder>? tracing = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        if (tracing is not null)
        {
            builder.Services.AddOpenTelemetry().WithTracing(tracing);
        }

        builder.AddMongoDBClient("expensedb");
        return builder.Build();
    }

    private static Task<List<BsonDocument>> FindAsync(IHost host, string collection) =>
        host.Services.GetRequiredService<IMongoDatabase>().GetCollection<BsonDocument>(collection)
            .Find(new BsonDocument("userId", "alice"))
            .ToListAsync(TestContext.Current.CancellationToken);

    /// <summary>A loopback port nothing listens on.</summary>
    private static int UnusedPort() => FreePort.Next();
}

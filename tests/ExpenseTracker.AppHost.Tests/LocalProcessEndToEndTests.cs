using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ExpenseTracker.AppHost.Tests.Infrastructure;
using ExpenseTracker.Contracts;
using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.AppHost.Tests;

/// <summary>
/// The AppHost started as on a machine without a container runtime, with the real Redis, RabbitMQ, Azurite and
/// Prometheus installed here, used through the API, then stopped: one story, since a start and stop cost ~40 s.
/// </summary>
public sealed class LocalProcessEndToEndTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private static readonly string[] BackingServers = [ResourceNames.Cache, ResourceNames.Messaging, ResourceNames.Storage, ResourceNames.Prometheus];

    [Fact(Timeout = 300_000)]
    public async Task The_AppHost_runs_the_product_on_local_servers_and_stops_every_process_it_started()
    {
        InstalledServers.Require(("redis-server", InstalledServers.Redis), ("rabbitmq-server", InstalledServers.RabbitMq),
            ("azurite-blob", InstalledServers.Azurite), ("prometheus", InstalledServers.Prometheus));
        var cancellation = TestContext.Current.CancellationToken;
        using var data = new Infrastructure.TempDirectory();
        var logs = new LogCollector("ExpenseTracker.AppHost");

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ExpenseTracker_AppHost>(
            ["--AppHost:UseContainers=false", $"--AppHost:DataDirectory={data.Path}"], cancellation);
        builder.Services.AddSingleton<ILoggerProvider>(logs);
        var app = await builder.BuildAsync(cancellation);
        IReadOnlyList<ProcessTable.Entry> startedProcesses;
        try
        {
            using var starting = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            starting.CancelAfter(StartTimeout);
            await app.StartAsync(starting.Token);
            foreach (var name in BackingServers.Append(ResourceNames.Api).Append(ResourceNames.Worker))
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(name, starting.Token);
            }

            // Every server runs in a folder under the data folder, epmd included: that is how its processes are found.
            startedProcesses = ProcessTable.IsReadable ? ProcessTable.In(data.Path) : [];

            OneLinePerServiceSaysWhatWasChosen(logs);
            await AnExpenseRoundTripsThroughTheApi(app, cancellation);
            await PrometheusScrapesTheApiAndTheWorker(app, cancellation);
            ServersKeepTheirDataUnderTheDataFolder(data.Path);
        }
        finally
        {
            await app.DisposeAsync();
        }

        NothingStartedIsStillRunning(data.Path, startedProcesses);
    }

    private static void OneLinePerServiceSaysWhatWasChosen(LogCollector logs)
    {
        string[] services = [ResourceNames.ExpenseDatabase, ResourceNames.Cache, ResourceNames.Messaging, ResourceNames.Blobs, ResourceNames.Seq, ResourceNames.Prometheus, ResourceNames.Grafana];
        foreach (var service in services)
        {
            Assert.Single(logs.Lines, line => line.StartsWith($"{service}: ", StringComparison.Ordinal));
        }

        Assert.Contains(logs.Lines, line => line.StartsWith("cache: Redis", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.StartsWith("messaging: RabbitMQ", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.StartsWith("blobs: Azurite", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.StartsWith("prometheus: Prometheus", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.StartsWith("seq: console and rolling log files only", StringComparison.Ordinal));
    }

    private static async Task AnExpenseRoundTripsThroughTheApi(DistributedApplication app, CancellationToken cancellation)
    {
        using var api = app.CreateHttpClient(ResourceNames.Api, "http");
        var health = await api.GetFromJsonAsync<JsonObject>(Extensions.HealthEndpointPath, cancellation);
        Assert.Equal("Healthy", (string?)health!["status"]);

        var token = await (await api.PostAsJsonAsync("/api/v1/dev/token", new DevTokenRequest("alice"), cancellation))
            .Content.ReadFromJsonAsync<DevTokenResponse>(cancellation);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);

        var request = new ExpenseRequest(4.20m, "EUR", DateOnly.FromDateTime(DateTime.UtcNow), null, "Bakery", null, ["apphost"]);
        var created = await api.PostAsJsonAsync("/api/v1/expenses", request, cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var read = await api.GetFromJsonAsync<ExpenseResponse>(created.Headers.Location, cancellation);
        Assert.Equal(4.20m, read!.Amount);
        Assert.Equal("Bakery", read.Merchant);
    }

    private static async Task PrometheusScrapesTheApiAndTheWorker(DistributedApplication app, CancellationToken cancellation)
    {
        using var prometheus = app.CreateHttpClient(ResourceNames.Prometheus, "http");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HashSet<string> up = [];
        while (DateTime.UtcNow < deadline && !up.IsSupersetOf([ResourceNames.Api, ResourceNames.Worker]))
        {
            var targets = await prometheus.GetFromJsonAsync<JsonObject>("/api/v1/targets", cancellation);
            up = targets!["data"]!["activeTargets"]!.AsArray()
                .Where(target => (string?)target!["health"] == "up")
                .Select(target => (string)target!["labels"]!["job"]!)
                .ToHashSet();
            await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
        }

        Assert.Superset(new HashSet<string> { ResourceNames.Api, ResourceNames.Worker }, up);
    }

    private static void ServersKeepTheirDataUnderTheDataFolder(string dataDirectory)
    {
        foreach (var server in BackingServers)
        {
            var folder = Path.Combine(dataDirectory, "servers", server);
            Assert.True(Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Any(), $"{server} wrote nothing in {folder}");
        }

        Assert.True(File.Exists(Path.Combine(dataDirectory, "expenses.db")), "the API's embedded database is not in the AppHost's data folder");
    }

    private static void NothingStartedIsStillRunning(string dataDirectory, IReadOnlyList<ProcessTable.Entry> started)
    {
        if (!ProcessTable.IsReadable)
        {
            return;
        }

        Assert.Contains(started, process => process.CommandLine.Contains("redis-server", StringComparison.Ordinal));
        Assert.Contains(started, process => process.CommandLine.Contains("epmd", StringComparison.Ordinal));
        Assert.Contains(started, process => process.CommandLine.Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(started, process => process.CommandLine.Contains("azurite-blob", StringComparison.Ordinal));
        Assert.Contains(started, process => process.CommandLine.Contains("prometheus", StringComparison.Ordinal));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        IReadOnlyList<ProcessTable.Entry> left;
        do
        {
            left = ProcessTable.In(dataDirectory);
            if (left.Count == 0)
            {
                return;
            }

            Thread.Sleep(TimeSpan.FromSeconds(1));
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"still running after the AppHost stopped:\n{string.Join('\n', left.Select(process => $"{process.Id} {process.CommandLine}"))}");
    }
}

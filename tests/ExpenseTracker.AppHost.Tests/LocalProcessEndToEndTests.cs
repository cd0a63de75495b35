using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ExpenseTracker.AppHost.Tests.Infrastructure;
using ExpenseTracker.Client;
using ExpenseTracker.Contracts;
using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Refit;

namespace ExpenseTracker.AppHost.Tests;

/// <summary>
/// The AppHost started as on a machine without a container runtime, with the real Redis, RabbitMQ, Azurite and
/// Prometheus installed here, used through the typed client as an app would (an expense, the worker's budget alert
/// coming back over RabbitMQ, a receipt kept in Azurite), then stopped: one story, since a start and stop cost ~40 s.
/// </summary>
public sealed class LocalProcessEndToEndTests
{
    /// <summary>The blob container the services keep receipts and archives in (the <c>Blobs:ContainerName</c> default).</summary>
    private const string ReceiptContainer = "expensetracker";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>How long the worker may take to turn an expense into a budget alert (about half a second on a two-core machine).</summary>
    private static readonly TimeSpan AlertTimeout = TimeSpan.FromSeconds(30);

    private static readonly string[] BackingServers = [ResourceNames.Cache, ResourceNames.Messaging, ResourceNames.Storage, ResourceNames.Prometheus];

    /// <summary>The health check each real dependency registers in the API and the worker.</summary>
    private static readonly (string Dependency, string Check)[] DependencyHealthChecks =
    [
        (ResourceNames.Cache, "StackExchange.Redis"),
        (ResourceNames.Messaging, "RabbitMQ.Client"),
        (ResourceNames.Blobs, ResourceNames.Blobs),
    ];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact(Timeout = 300_000)]
    public async Task The_AppHost_runs_the_product_on_local_servers_and_stops_every_process_it_started()
    {
        InstalledServers.Require(InstalledServers.Redis, InstalledServers.RabbitMq,
            InstalledServers.Azurite, InstalledServers.Prometheus);
        var cancellation = TestContext.Current.CancellationToken;
        using var data = new TempDirectory("apphost");
        var logs = new LogCollector("ExpenseTracker.AppHost");

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ExpenseTracker_AppHost>(
            ["--AppHost:UseContainers=false", $"--AppHost:DataDirectory={data.Path}"], cancellation);
        builder.WithQuietConsole();
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
            await EveryDependencyIsHealthy(app, cancellation);
            await using (var alice = TypedClient.SignedIn(app.GetEndpoint(ResourceNames.Api, "http"), "alice"))
            {
                await AnExpenseRoundTripsThroughTheApi(alice.Api, cancellation);
                await AnExpensePastEightyPercentOfItsBudgetBringsTheWorkersAlert(alice.Api, cancellation);
                await AReceiptIsKeptInAzuriteAndReadBack(app, alice.Api, cancellation);
            }

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

    /// <summary>Each service reports every dependency it was given, each one healthy: the real servers, not their embedded stand-ins.</summary>
    private static async Task EveryDependencyIsHealthy(DistributedApplication app, CancellationToken cancellation)
    {
        foreach (var service in new[] { ResourceNames.Api, ResourceNames.Worker })
        {
            using var http = app.CreateHttpClient(service, "http");
            var health = await http.GetFromJsonAsync<JsonObject>(Extensions.HealthEndpointPath, cancellation);
            var checks = health!["checks"]!.AsObject();
            var report = health.ToJsonString();
            Assert.True((string?)health["status"] == "Healthy", $"{service} is not healthy: {report}");
            foreach (var (dependency, check) in DependencyHealthChecks)
            {
                Assert.True(checks.ContainsKey(check), $"{service}'s health report has no check of {dependency} ({check}): {report}");
                Assert.True((string?)checks[check]!["status"] == "Healthy", $"{service} reports {dependency} ({check}) unhealthy: {report}");
            }
        }
    }

    private static async Task AnExpenseRoundTripsThroughTheApi(IExpenseTrackerClient api, CancellationToken cancellation)
    {
        var (created, _) = await api.Expenses.CreateAsync(new ExpenseRequest(4.20m, "EUR", Today, null, "Bakery", null, ["apphost"]), cancellationToken: cancellation).WithETagAsync();

        var (read, _) = await api.Expenses.GetAsync(created.Id, cancellation).WithETagAsync();

        Assert.Equal(4.20m, read.Amount);
        Assert.Equal("Bakery", read.Merchant);
    }

    /// <summary>The worker, on the other side of RabbitMQ, sees the expense and raises the alert the API then lists.</summary>
    private static async Task AnExpensePastEightyPercentOfItsBudgetBringsTheWorkersAlert(IExpenseTrackerClient api, CancellationToken cancellation)
    {
        var food = (await api.Categories.ListAsync(cancellation)).Single(category => category.Name == "Food");
        await api.Budgets.SetAsync(food.Id, new BudgetRequest(100m, "EUR"), cancellation);
        await api.Expenses.CreateAsync(new ExpenseRequest(85m, "EUR", Today, food.Id, "Market", null, null), cancellationToken: cancellation).WithETagAsync();

        var deadline = DateTime.UtcNow + AlertTimeout;
        IReadOnlyList<NotificationResponse> notifications = [];
        while (DateTime.UtcNow < deadline)
        {
            notifications = await api.Notifications.ListAsync(cancellation);
            if (notifications.Count > 0)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellation);
        }

        if (notifications.Count == 0)
        {
            Assert.Fail($"No budget alert within {AlertTimeout.TotalSeconds:0} s of an expense at 85 % of the Food budget: the worker did not raise it (is it consuming from RabbitMQ?).");
        }

        var alert = Assert.Single(notifications);
        Assert.Equal(80, alert.Threshold);
        Assert.Equal(food.Id, alert.CategoryId);
        Assert.Equal(YearMonthOf(Today), alert.Month);
        Assert.Null(alert.ReadAt);
    }

    /// <summary>A receipt is kept in the real Azurite, and read back through the API byte for byte.</summary>
    private static async Task AReceiptIsKeptInAzuriteAndReadBack(DistributedApplication app, IExpenseTrackerClient api, CancellationToken cancellation)
    {
        var (expense, _) = await api.Expenses.CreateAsync(new ExpenseRequest(12m, "EUR", Today, null, "Stationer", null, null), cancellationToken: cancellation).WithETagAsync();
        byte[] pdf = [.. "%PDF-1.7\n% a receipt kept by the AppHost test\n%%EOF\n"u8];

        var attached = await api.Receipts.AttachAsync(expense.Id, new StreamPart(new MemoryStream(pdf), "till.pdf", "application/pdf"), cancellation);
        using var download = await api.Receipts.DownloadAsync(expense.Id, attached.Id, cancellation);

        Assert.Equal(new ReceiptResponse(attached.Id, "till.pdf", "application/pdf", pdf.Length), attached);
        Assert.Equal("application/pdf", download.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.ReadAsByteArrayAsync(cancellation));

        var blobs = new BlobServiceClient(await app.GetConnectionStringAsync(ResourceNames.Blobs, cancellation));
        var stored = new List<BlobItem>();
        await foreach (var blob in blobs.GetBlobContainerClient(ReceiptContainer).GetBlobsAsync(new GetBlobsOptions { Prefix = "receipts/" }, cancellation))
        {
            if (blob.Name.EndsWith($"/{expense.Id:D}/{attached.Id:D}", StringComparison.Ordinal))
            {
                stored.Add(blob);
            }
        }

        Assert.Equal(pdf.Length, Assert.Single(stored).Properties.ContentLength);
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

    private static string YearMonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

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

using System.Security.Cryptography;
using ExpenseTracker.LocalServers;
using ExpenseTracker.Observability.Tests.Infrastructure;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>
/// A distributed deployment observed the way operators observe it: real Redis and RabbitMQ (with passwords), the API
/// and the worker as processes of their own sharing one data folder, a stand-in Seq server receiving their logs, and
/// a real Prometheus scraping both with the committed configuration. Once started, a burst of traffic exercises every
/// feature the dashboards show; the tests then only read what it left behind.
/// </summary>
public sealed class ObservedDeployment : IAsyncLifetime
{
    /// <summary>The tests that read what the deployment's run left behind: they share one run.</summary>
    [CollectionDefinition(Name)]
    public sealed class Readers : ICollectionFixture<ObservedDeployment>
    {
        public const string Name = "observed deployment";
    }

    public const string ApiJob = "api";
    public const string WorkerJob = "worker";

    private readonly TempDirectory _dataDirectory = new("observability");
    private RedisServer? _redis;
    private RabbitMqServer? _broker;

    public string DataDirectory => _dataDirectory.Path;

    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    public string TopologyPrefix { get; } = $"obs-{Guid.NewGuid():N}";

    /// <summary>Passwords of the servers, random per run, so that finding one in a log means it leaked.</summary>
    public string RedisPassword { get; } = $"redis-{Convert.ToHexString(RandomNumberGenerator.GetBytes(12))}";

    public string BrokerPassword { get; } = $"amqp-{Convert.ToHexString(RandomNumberGenerator.GetBytes(12))}";

    public SeqCapture Seq { get; } = new();

    public HostProcess Api { get; private set; } = null!;

    public HostProcess Worker { get; private set; } = null!;

    public PrometheusServer Prometheus { get; private set; } = null!;

    public TrafficBurst.Outcome Traffic { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _redis = await RedisServer.StartAsync(RedisPassword);
        _broker = await RabbitMqServer.StartAsync("expensetracker", BrokerPassword);
        Api = await HostProcess.StartAsync(ApiJob, "ExpenseTracker.Api", Settings(ApiJob));
        Worker = await HostProcess.StartAsync(WorkerJob, "ExpenseTracker.Worker", Settings(WorkerJob));
        Prometheus = await PrometheusServer.StartAsync(PrometheusConfiguration.ForTargets(new Dictionary<string, Uri>
        {
            [ApiJob] = Api.BaseAddress,
            [WorkerJob] = Worker.BaseAddress,
        }));

        // Prometheus applies new targets every few seconds: the burst starts once both are being scraped, so that
        // its counters have samples from before, during and after it, as they would in production.
        await Eventually.ValueAsync(() => Prometheus.QueryAsync("up == 1"), up => up.Count == 2, what: "Prometheus scraping the API and the worker");
        try
        {
            Traffic = await new TrafficBurst(this).RunAsync();
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException($"The traffic burst failed.\n--- api ---\n{Tail(Api.ConsoleOutput)}\n--- worker ---\n{Tail(Worker.ConsoleOutput)}", exception);
        }

        // The services write their log files from a background queue: the burst's lines land a moment after it ends.
        await Eventually.ValueAsync(
            () => Task.FromResult(ClefEvent.ReadFiles(LogDirectory, ApiJob).Concat(ClefEvent.ReadFiles(LogDirectory, WorkerJob)).Select(log => log.TraceId).ToHashSet()),
            traces => traces.Contains(Traffic.CachedReadTrace.ToString())
                && traces.Contains(Traffic.ValidationProblemTraceParent.Split('-')[1])
                && traces.Contains(Traffic.BudgetAlertTrace.ToString()),
            what: "the burst's lines in the log files");
    }

    /// <summary>Every log line the run produced: consoles, rolling files and what reached Seq.</summary>
    public IEnumerable<(string Where, string Text)> AllLogOutput()
    {
        yield return ("api console", Api.ConsoleOutput);
        yield return ("worker console", Worker.ConsoleOutput);
        foreach (var file in Directory.Exists(LogDirectory) ? Directory.GetFiles(LogDirectory) : [])
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            yield return (Path.GetFileName(file), new StreamReader(stream).ReadToEnd());
        }

        foreach (var post in Seq.Posts)
        {
            yield return ($"seq {post.Path}", post.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Prometheus is not null)
        {
            await Prometheus.DisposeAsync();
        }

        if (Worker is not null)
        {
            await Worker.DisposeAsync();
        }

        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        Seq.Dispose();
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        _dataDirectory.Dispose();
    }

    private static string Tail(string output) => output.Length <= 8000 ? output : output[^8000..];

    /// <summary>What a deployment gives both hosts, as environment variables, with test-sized waits.</summary>
    private Dictionary<string, string> Settings(string serviceName) => new()
    {
        [ServiceIdentity.ServiceNameVariable] = serviceName,
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Storage__DataDirectory"] = DataDirectory,
        ["ConnectionStrings__messaging"] = _broker!.ConnectionString,
        ["ConnectionStrings__cache"] = _redis!.ConnectionString,
        ["Seq__ServerUrl"] = Seq.ServerUrl,
        ["Messaging__TopologyPrefix"] = TopologyPrefix,
        ["Messaging__RelayPollInterval"] = "00:00:00.050",
        ["Messaging__RetryDelays__0"] = "00:00:00.100",
        ["Messaging__RetryDelays__1"] = "00:00:00.200",
        ["Messaging__SchedulerInterval"] = "00:00:00.500",
        ["Messaging__BacklogSampleInterval"] = "00:00:00.500",
        ["Messaging__AdminUsers__0"] = TrafficBurst.Operator,
        ["RateLimiting__PermitsPerSecond"] = "1000000",
        ["RateLimiting__Burst"] = "1000000",
    };
}

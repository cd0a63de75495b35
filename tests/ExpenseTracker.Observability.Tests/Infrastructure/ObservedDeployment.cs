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
    private readonly SeqCapture _seq = new();

    /// <summary>Why the deployment cannot run here (a server missing), or null: each test reading it then skips.</summary>
    private readonly string? _missing = InstalledServers.MissingReason(InstalledServers.Redis, InstalledServers.RabbitMq, InstalledServers.Prometheus);
    private RedisServer? _redis;
    private RabbitMqServer? _broker;
    private HostProcess? _api;
    private HostProcess? _worker;
    private PrometheusServer? _prometheus;
    private TrafficBurst.Outcome? _traffic;

    public string DataDirectory => Started(_dataDirectory.Path);

    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    public string TopologyPrefix { get; } = $"obs-{Guid.NewGuid():N}";

    /// <summary>Passwords of the servers, random per run, so that finding one in a log means it leaked.</summary>
    public string RedisPassword { get; } = $"redis-{Convert.ToHexString(RandomNumberGenerator.GetBytes(12))}";

    public string BrokerPassword { get; } = $"amqp-{Convert.ToHexString(RandomNumberGenerator.GetBytes(12))}";

    public SeqCapture Seq => Started(_seq);

    public HostProcess Api => Started(_api);

    public HostProcess Worker => Started(_worker);

    public PrometheusServer Prometheus => Started(_prometheus);

    public TrafficBurst.Outcome Traffic => Started(_traffic);

    public async ValueTask InitializeAsync()
    {
        if (_missing is not null)
        {
            return;
        }

        _redis = await RedisServer.StartAsync(RedisPassword);
        _broker = await RabbitMqServer.StartAsync("expensetracker", BrokerPassword);
        _api = await HostProcess.StartAsync(ApiJob, "ExpenseTracker.Api", Settings(ApiJob));
        _worker = await HostProcess.StartAsync(WorkerJob, "ExpenseTracker.Worker", Settings(WorkerJob));
        _prometheus = await PrometheusServer.StartAsync(PrometheusConfiguration.ForTargets(new Dictionary<string, Uri>
        {
            [ApiJob] = Api.BaseAddress,
            [WorkerJob] = Worker.BaseAddress,
        }));

        // Prometheus applies new targets every few seconds: the burst starts once both are being scraped, so that
        // its counters have samples from before, during and after it, as they would in production.
        await Eventually.ValueAsync(() => Prometheus.QueryAsync("up == 1"), up => up.Count == 2, what: "Prometheus scraping the API and the worker");
        try
        {
            _traffic = await new TrafficBurst(this).RunAsync();
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
        if (_prometheus is not null)
        {
            await _prometheus.DisposeAsync();
        }

        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        _seq.Dispose();
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

    private T Started<T>(T? part)
        where T : class
    {
        InstalledServers.SkipIf(_missing);
        return part ?? throw new InvalidOperationException("The observed deployment did not start.");
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

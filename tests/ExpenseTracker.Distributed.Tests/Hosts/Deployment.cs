using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Distributed.Tests.Hosts;

/// <summary>
/// The settings an API and its workers share in one test: one SQLite folder, the servers, and a RabbitMQ name prefix
/// of its own, so that tests sharing a broker never see each other's messages.
/// </summary>
public sealed record Deployment(string? Messaging, string? Cache)
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "expensetracker-tests", Guid.NewGuid().ToString("N"));

    public string TopologyPrefix { get; } = $"test-{Guid.NewGuid():N}";

    /// <summary>An API process of the deployment, served by Kestrel on a free loopback port.</summary>
    public ApiHost StartApi(Action<IServiceCollection>? services = null) => new(Settings(), services, DataDirectory);

    public Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["ConnectionStrings:messaging"] = Messaging,
            ["ConnectionStrings:cache"] = Cache,
            ["Messaging:TopologyPrefix"] = TopologyPrefix,
            ["Messaging:RelayPollInterval"] = "00:00:00.050",
            ["Messaging:RelayMaxBackoff"] = "00:00:01",
            ["Messaging:SchedulerInterval"] = "00:00:00.200",
            ["Messaging:RetryDelays:0"] = "00:00:00.100",
            ["Messaging:RetryDelays:1"] = "00:00:00.200",
            ["Messaging:AdminUsers:0"] = "operator",
            ["RateLimiting:PermitsPerSecond"] = "1000000",
            ["RateLimiting:Burst"] = "1000000",
        };

        // These tests stop servers on purpose: the hosts' expected errors would bury a failing test's own message.
        foreach (var (key, value) in QuietLogging.Settings("Fatal"))
        {
            settings[key] = value;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}

using ExpenseTracker.LocalServers;
using ExpenseTracker.LocalServers.Commands;

namespace ExpenseTracker.Testing;

/// <summary>A server or tool a test runs for real, and how to install it where it is missing.</summary>
public sealed record RequiredProgram(string Name, Func<bool> IsInstalledHere, string InstallCommand)
{
    public bool IsInstalled => IsInstalledHere();

    public override string ToString() => $"{Name} (install: {InstallCommand})";
}

/// <summary>
/// The servers the tests run and whether each is installed here (./test.sh installs them). A test, or a fixture on
/// behalf of its tests, skips with the reason when one it needs is missing: a missing server never fails a test.
/// </summary>
public static class InstalledServers
{
    public static readonly RequiredProgram Redis = new(RedisCommand.Program, () => RedisServer.IsInstalled, "apt-get install redis-server");

    public static readonly RequiredProgram RabbitMq = new(RabbitMqCommand.Program, () => RabbitMqServer.IsInstalled, "apt-get install rabbitmq-server");

    public static readonly RequiredProgram Azurite = new(AzuriteCommand.Program, () => AzuriteCommand.Find() is not null, "npm install --global azurite@3");

    public static readonly RequiredProgram Prometheus = new(PrometheusCommand.Program, () => PrometheusCommand.Find() is not null, "apt-get install prometheus");

    public static readonly RequiredProgram Wrk = new("wrk", () => Has("wrk"), "apt-get install wrk");

    public static bool MongoDb => Has("mongod");

    public static bool Has(string command) => Executables.Has(command);

    /// <summary>Why a test needing <paramref name="servers"/> cannot run here, or null when every one is installed.</summary>
    public static string? MissingReason(params RequiredProgram[] servers)
    {
        var missing = servers.Where(server => !server.IsInstalled).ToList();
        return missing.Count == 0 ? null : $"not installed here: {string.Join(", ", missing)}; ./test.sh installs them";
    }

    /// <summary>Skips the calling test, saying what is missing and how to install it, when a server it needs is missing.</summary>
    public static void Require(params RequiredProgram[] servers) => SkipIf(MissingReason(servers));

    /// <summary>Skips the calling test with <paramref name="reason"/> unless it is null.</summary>
    public static void SkipIf(string? reason)
    {
        if (reason is not null)
        {
            Assert.Skip(reason);
        }
    }
}

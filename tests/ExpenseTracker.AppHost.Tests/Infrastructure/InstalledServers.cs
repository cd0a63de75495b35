namespace ExpenseTracker.AppHost.Tests.Infrastructure;

/// <summary>Whether a server the AppHost can run as a local process is installed here (.ci/run installs them).</summary>
public static class InstalledServers
{
    public static bool Has(string command, params string[] wellKnownPaths) =>
        wellKnownPaths.Any(File.Exists)
        || (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, command)));

    public static bool Redis => Has("redis-server");

    public static bool RabbitMq => Has("rabbitmq-server", "/usr/lib/rabbitmq/bin/rabbitmq-server") && Has("epmd");

    public static bool Azurite => Has("azurite-blob");

    public static bool Prometheus => Has("prometheus");

    public static bool MongoDb => Has("mongod");

    /// <summary>Skips the calling test, saying why, when a server it needs is missing.</summary>
    public static void Require(params (string Name, bool Installed)[] servers)
    {
        var missing = servers.Where(server => !server.Installed).Select(server => server.Name).ToList();
        if (missing.Count > 0)
        {
            Assert.Skip($"not installed here: {string.Join(", ", missing)} (.ci/run installs them)");
        }
    }
}

using ExpenseTracker.LocalServers;

namespace ExpenseTracker.Testing;

/// <summary>Whether a server the tests run is installed here (.ci/run installs them all).</summary>
public static class InstalledServers
{
    public static bool Redis => RedisServer.IsInstalled;

    public static bool RabbitMq => RabbitMqServer.IsInstalled;

    public static bool Azurite => Has("azurite-blob");

    public static bool Prometheus => Has("prometheus");

    public static bool MongoDb => Has("mongod");

    public static bool Has(string command) => Executables.Has(command);

    /// <summary>Skips the calling test, saying why, when a server it needs is missing.</summary>
    public static void Require(params (string Name, bool Installed)[] servers)
    {
        var missing = servers.Where(server => !server.Installed).Select(server => server.Name).ToList();
        if (missing.Count > 0)
        {
            Assert.Skip($"not installed here: {string.Join(", ", missing)} (.ci/run installs them)");
        }
    }

    /// <summary>Fails (does not skip) where a server a fixture starts is missing, saying how to install it.</summary>
    public static void Ensure(bool installed, string reason)
    {
        if (!installed)
        {
            throw new InvalidOperationException(reason);
        }
    }
}

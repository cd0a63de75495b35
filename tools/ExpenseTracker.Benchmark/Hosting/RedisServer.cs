namespace ExpenseTracker.Benchmark.Hosting;

/// <summary>redis-server on a free loopback port, without persistence.</summary>
internal sealed class RedisServer : IDisposable
{
    public const string Program = "redis-server";

    private readonly ServerProcess _process;

    private RedisServer(ServerProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(string directory, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var process = ServerProcess.Start(
            "redis-server",
            Program,
            ["--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory],
            Path.Combine(directory, "redis.log"));
        var server = new RedisServer(process, port);
        try
        {
            await FreePort.WaitUntilOpenAsync(port, TimeSpan.FromSeconds(15), process, cancellationToken);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose() => _process.Dispose();
}

namespace ExpenseTracker.Distributed.Tests.Servers;

/// <summary>A real redis-server on a free loopback port, without persistence. It can be stopped and started again.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private ServerProcess? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort.Next());
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        _process = ServerProcess.Start("redis-server", ["--port", $"{Port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);
        await FreePort.WaitUntilOpenAsync(Port, TimeSpan.FromSeconds(10));
    }

    public void Stop()
    {
        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}

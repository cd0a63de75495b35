namespace ExpenseTracker.Distributed.Tests.Servers;

/// <summary>A real redis-server on a free loopback port, without persistence, with a password if given. It can be stopped and started again.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private ServerProcess? _process;

    private readonly string? _password;

    private RedisServer(int port, string? password)
    {
        Port = port;
        _password = password;
    }

    public int Port { get; }

    public string ConnectionString => _password is null ? $"127.0.0.1:{Port}" : $"127.0.0.1:{Port},password={_password}";

    public static async Task<RedisServer> StartAsync(string? password = null)
    {
        var server = new RedisServer(FreePort.Next(), password);
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        string[] arguments = ["--port", $"{Port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
        _process = ServerProcess.Start("redis-server", _password is null ? arguments : [.. arguments, "--requirepass", _password]);
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

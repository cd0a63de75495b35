namespace ExpenseTracker.Testing;

/// <summary>
/// A real redis-server on a free loopback port, without persistence (its working folder is a temporary one), with a
/// password if given. It can be stopped and started again.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly TempDirectory _directory = new("redis");
    private readonly string? _password;
    private ServerProcess? _process;

    private RedisServer(string? password) => _password = password;

    public int Port { get; } = FreePort.Next();

    public string ConnectionString => _password is null ? $"127.0.0.1:{Port}" : $"127.0.0.1:{Port},password={_password}";

    public static async Task<RedisServer> StartAsync(string? password = null)
    {
        InstalledServers.Ensure(InstalledServers.Redis, "redis-server is not installed: run 'apt-get install redis-server' (.ci/run does).");
        var server = new RedisServer(password);
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        string[] arguments = ["--port", $"{Port}", "--bind", "127.0.0.1", "--dir", _directory.Path, "--save", "", "--appendonly", "no"];
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
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}

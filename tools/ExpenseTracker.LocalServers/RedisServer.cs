using ExpenseTracker.LocalServers.Commands;

namespace ExpenseTracker.LocalServers;

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

    public static bool IsInstalled => RedisCommand.Find() is not null;

    public int Port { get; } = FreePort.Next();

    public string ConnectionString => _password is null ? $"127.0.0.1:{Port}" : $"127.0.0.1:{Port},password={_password}";

    public static async Task<RedisServer> StartAsync(string? password = null, CancellationToken cancellationToken = default)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException("redis-server is not installed: run 'apt-get install redis-server' (./test.sh does).");
        }

        var server = new RedisServer(password);
        await server.StartAgainAsync(cancellationToken);
        return server;
    }

    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var process = RedisCommand.Create(RedisCommand.Find()!, Port, _directory.Path, durable: false, _password).Start();
        _process = process;
        await FreePort.WaitUntilOpenAsync(Port, TimeSpan.FromSeconds(15), () => process.HasExited, cancellationToken);
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

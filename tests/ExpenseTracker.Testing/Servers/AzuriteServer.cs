using ExpenseTracker.LocalServers;
using ExpenseTracker.LocalServers.Commands;

namespace ExpenseTracker.Testing;

/// <summary>
/// A real Azurite blob server on a free loopback port, with its data in a temporary folder. Installed with
/// <c>npm install -g azurite</c> (./test.sh does it).
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's documented development account key: public, and accepted by nothing but the emulator.</summary>
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory _directory = new("azurite");
    private ServerProcess? _process;

    private AzuriteServer()
    {
    }

    public int Port { get; } = FreePort.Next();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    private string LogFile => _directory.Combine("azurite.log");

    public static async Task<AzuriteServer> StartAsync()
    {
        InstalledServers.Require(InstalledServers.Azurite);
        var server = new AzuriteServer();
        var data = Directory.CreateDirectory(server._directory.Combine("data")).FullName;
        server._process = AzuriteCommand.Create(AzuriteCommand.Find()!, server.Port, data).Start(server.LogFile);
        try
        {
            await FreePort.WaitUntilOpenAsync(server.Port, StartTimeout, () => server._process.HasExited);
        }
        catch (System.Net.Sockets.SocketException)
        {
            var output = File.Exists(server.LogFile) ? await File.ReadAllTextAsync(server.LogFile) : string.Empty;
            var what = server._process.HasExited ? "exited" : $"did not listen on port {server.Port} within {StartTimeout.TotalSeconds:0} s";
            await server.DisposeAsync();
            throw new InvalidOperationException($"azurite-blob {what}: {output}");
        }

        return server;
    }

    public ValueTask DisposeAsync()
    {
        _process?.Dispose();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}

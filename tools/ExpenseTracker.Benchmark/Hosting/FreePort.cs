using System.Net;
using System.Net.Sockets;

namespace ExpenseTracker.Benchmark.Hosting;

/// <summary>Free loopback ports for the servers the benchmark starts: it never takes a fixed port.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on the port, or <paramref name="server"/> exits.</summary>
    public static async Task WaitUntilOpenAsync(int port, TimeSpan timeout, ServerProcess server, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            server.ThrowIfExited();
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}

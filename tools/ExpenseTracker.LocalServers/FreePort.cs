using System.Net;
using System.Net.Sockets;

namespace ExpenseTracker.LocalServers;

/// <summary>Loopback ports for the servers we start: never a fixed one, so runs side by side never collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on the port; throws the last refusal past the timeout.</summary>
    public static async Task WaitUntilOpenAsync(int port, TimeSpan timeout, Func<bool>? gaveUp = null, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && gaveUp?.Invoke() != true)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}

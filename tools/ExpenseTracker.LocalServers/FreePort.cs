using System.Net;
using System.Net.Sockets;

namespace ExpenseTracker.LocalServers;

/// <summary>
/// Loopback ports for the servers we start: never a fixed one, so runs side by side never collide. A server is told its
/// ports on its command line or in its configuration file, so they are chosen before it starts.
/// </summary>
public static class FreePort
{
    public static int Next() => Take(1)[0];

    /// <summary>Ports that differ from each other: all are held open together while they are chosen.</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
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

using System.Net;
using System.Net.Sockets;

namespace ExpenseTracker.AppHost.LocalProcesses;

/// <summary>
/// Loopback ports nobody listens on, chosen when the model is built: a server started as a local process is told its
/// ports on its command line or in its configuration file, so they must be known before it starts.
/// </summary>
internal static class FreePorts
{
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            // All held open together, so that the ports differ from each other.
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }
}

using System.Diagnostics;
using ExpenseTracker.LocalServers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;

namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>
/// The API in this process, composed by its own Program, with an in-memory exporter added to its tracer provider:
/// what lands in <see cref="Spans"/> is what the API would export over OTLP.
/// </summary>
public sealed class InProcessApi(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    private readonly List<Activity> _spans = [];

    private readonly TempDirectory _dataDirectory = new("observability");

    public string DataDirectory => _dataDirectory.Path;

    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (_spans)
            {
                return [.. _spans];
            }
        }
    }

    public async Task<HttpClient> SignedInClientAsync(string user)
    {
        var client = CreateClient();
        await client.SignInAsAsync(user);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        foreach (var (key, value) in QuietLogging.Settings("Error"))
        {
            builder.UseSetting(key, value);
        }

        // The test stops Redis while the host it has let go of is still disposing the SignalR backplane.
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.SignalR.StackExchangeRedis", "Fatal");
        builder.UseSetting("RateLimiting:PermitsPerSecond", "1000000");
        builder.UseSetting("RateLimiting:Burst", "1000000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(new LockedList(_spans))));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _dataDirectory.Dispose();
    }

    /// <summary>The exporter adds from the threads that end spans; the test reads meanwhile.</summary>
    private sealed class LockedList(List<Activity> inner) : ICollection<Activity>
    {
        public int Count
        {
            get
            {
                lock (inner)
                {
                    return inner.Count;
                }
            }
        }

        public bool IsReadOnly => false;

        public void Add(Activity item)
        {
            lock (inner)
            {
                inner.Add(item);
            }
        }

        public void Clear()
        {
            lock (inner)
            {
                inner.Clear();
            }
        }

        public bool Contains(Activity item)
        {
            lock (inner)
            {
                return inner.Contains(item);
            }
        }

        public void CopyTo(Activity[] array, int arrayIndex)
        {
            lock (inner)
            {
                inner.CopyTo(array, arrayIndex);
            }
        }

        public bool Remove(Activity item)
        {
            lock (inner)
            {
                return inner.Remove(item);
            }
        }

        public IEnumerator<Activity> GetEnumerator()
        {
            lock (inner)
            {
                return inner.ToList().GetEnumerator();
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

using ExpenseTracker.LocalServers;

namespace ExpenseTracker.Benchmark.Hosting;

/// <summary>
/// The API or the worker, started from its build output as a process of its own (production environment), on a free
/// loopback port, with its data in the run's folder. Ready once <c>/health</c> answers healthy: every dependency
/// it is configured with (SQLite, Redis, RabbitMQ) answers.
/// </summary>
internal sealed class DotnetHost : IDisposable
{
    private readonly ServerProcess _process;

    private DotnetHost(string name, ServerProcess process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public static async Task<DotnetHost> StartAsync(
        string name, string assembly, string logFile, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(assembly))
        {
            throw new BenchmarkException($"{assembly} is missing: build the benchmark (it builds the API and the worker with it).");
        }

        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
        };

        // The content root is the build output, never the data folder: a file watcher on it would see every write.
        var process = ServerProcess.Start("dotnet", [assembly], environment, logFile, Path.GetDirectoryName(assembly));
        var host = new DotnetHost(name, process, address);
        try
        {
            await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90), cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Fails the run if the host died meanwhile.</summary>
    public void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            throw new BenchmarkException($"{Name} exited with code {_process.ExitCode}; its output is in {_process.LogFile}.");
        }
    }

    public void Dispose()
    {
        _process.Stop(TimeSpan.FromSeconds(15));
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        string last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            ThrowIfExited();
            try
            {
                using var response = await http.GetAsync("/health", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (HttpRequestException unreachable)
            {
                last = unreachable.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = "no answer within 5 s";
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new BenchmarkException($"{Name} was not healthy within {timeout.TotalSeconds:0} s ({last}); its output is in {_process.LogFile}.");
    }
}

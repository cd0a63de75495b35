using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ExpenseTracker.Distributed.Tests.Servers;

namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>A real Prometheus on a free loopback port, with its data in a temporary folder, and its HTTP query API.</summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly ServerProcess _process;
    private readonly string _directory;
    private readonly HttpClient _client;

    private PrometheusServer(ServerProcess process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public sealed record Series(IReadOnlyDictionary<string, string> Labels, double Value);

    public static async Task<PrometheusServer> StartAsync(string configuration)
    {
        var directory = Path.Combine(Path.GetTempPath(), "expensetracker-prometheus", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var configFile = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(configFile, configuration);
        var port = FreePort.Next();
        var process = ServerProcess.Start(
            "prometheus",
            [
                $"--config.file={configFile}",
                $"--storage.tsdb.path={Path.Combine(directory, "data")}",
                $"--web.listen-address=127.0.0.1:{port}",
                "--log.level=warn",
            ],
            logFile: Path.Combine(directory, "prometheus.log"));
        var server = new PrometheusServer(process, directory, port);
        await Eventually.ValueAsync(server.IsReadyAsync, ready => ready, TimeSpan.FromSeconds(30), "prometheus ready");
        return server;
    }

    /// <summary>An instant query, now; throws when Prometheus refuses the expression.</summary>
    public async Task<IReadOnlyList<Series>> QueryAsync(string expression)
    {
        var response = await _client.GetAsync($"/api/v1/query?query={Uri.EscapeDataString(expression)}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode || body.GetProperty("status").GetString() != "success")
        {
            throw new InvalidOperationException($"Prometheus refused {expression}: {body}");
        }

        var data = body.GetProperty("data");
        var result = data.GetProperty("result");
        return data.GetProperty("resultType").GetString() switch
        {
            "vector" => result.EnumerateArray().Select(ToSeries).ToList(),
            "scalar" => [new Series(new Dictionary<string, string>(), ValueOf(result))],
            var other => throw new InvalidOperationException($"{expression} answered a {other}, not an instant vector."),
        };
    }

    /// <summary>Every metric name Prometheus has stored.</summary>
    public async Task<IReadOnlySet<string>> MetricNamesAsync()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/v1/label/__name__/values");
        return body.GetProperty("data").EnumerateArray().Select(name => name.GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _process.Dispose();
        await Task.Yield();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying process; the temporary folder is cleaned by the system.
        }
    }

    private async Task<bool> IsReadyAsync()
    {
        try
        {
            return (await _client.GetAsync("/-/ready")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static Series ToSeries(JsonElement element) => new(
        element.GetProperty("metric").EnumerateObject().ToDictionary(label => label.Name, label => label.Value.GetString()!),
        ValueOf(element.GetProperty("value")));

    private static double ValueOf(JsonElement sample) => sample[1].GetString() switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}

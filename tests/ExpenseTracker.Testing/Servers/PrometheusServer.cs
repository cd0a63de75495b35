using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ExpenseTracker.LocalServers;
using ExpenseTracker.LocalServers.Commands;

namespace ExpenseTracker.Testing;

/// <summary>A real Prometheus on a free loopback port, with its data in a temporary folder, and its HTTP query API.</summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly ServerProcess _process;
    private readonly HttpClient _client;

    private PrometheusServer(TempDirectory directory, ServerProcess process, int port)
    {
        _directory = directory;
        _process = process;
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public sealed record Series(IReadOnlyDictionary<string, string> Labels, double Value)
    {
        public override string ToString() =>
            $"{{{string.Join(", ", Labels.Select(label => $"{label.Key}=\"{label.Value}\""))}}} {Value.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Starts Prometheus with <paramref name="configuration"/> (the text of a prometheus.yml) and waits until it is ready.</summary>
    public static async Task<PrometheusServer> StartAsync(string configuration)
    {
        InstalledServers.Require(InstalledServers.Prometheus);
        var directory = new TempDirectory("prometheus");
        var configFile = directory.Combine("prometheus.yml");
        await File.WriteAllTextAsync(configFile, configuration);
        var port = FreePort.Next();
        var process = PrometheusCommand.Create(PrometheusCommand.Find()!, configFile, directory.Combine("data"), port).Start(directory.Combine("prometheus.log"));
        var server = new PrometheusServer(directory, process, port);
        await Eventually.ValueAsync(server.IsReadyAsync, ready => ready, "prometheus ready", TimeSpan.FromSeconds(30));
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

    /// <summary>Each scrape target's job, health, time of the last scrape and its error, as Prometheus reports them.</summary>
    public async Task<string> TargetsAsync()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/v1/targets?state=active");
        return string.Join("; ", body.GetProperty("data").GetProperty("activeTargets").EnumerateArray().Select(target =>
            $"{target.GetProperty("labels").GetProperty("job").GetString()}: {target.GetProperty("health").GetString()}, " +
            $"last scrape {target.GetProperty("lastScrape").GetString()} ({target.GetProperty("lastScrapeDuration").GetDouble():0.000} s)" +
            (target.GetProperty("lastError").GetString() is { Length: > 0 } error ? $", error: {error}" : string.Empty)));
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        _process.Dispose();
        _directory.Dispose();
        return ValueTask.CompletedTask;
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

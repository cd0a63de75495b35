using System.Text.Json;

namespace ExpenseTracker.Benchmark.Load;

/// <summary>What one wrk run measured; latencies in microseconds, as wrk gives them.</summary>
internal sealed record WrkResult
{
    public const string Marker = "WRK_SUMMARY ";

    public long Requests { get; init; }
    public long DurationUs { get; init; }
    public long Bytes { get; init; }
    public long ConnectErrors { get; init; }
    public long ReadErrors { get; init; }
    public long WriteErrors { get; init; }
    public long StatusErrors { get; init; }
    public long Timeouts { get; init; }
    public long P50 { get; init; }
    public long P95 { get; init; }
    public long P99 { get; init; }
    public long Max { get; init; }
    public double Mean { get; init; }

    public double RequestsPerSecond => Requests / (DurationUs / 1_000_000.0);

    /// <summary>Every request that did not get a 2xx or 3xx answer in time: refused connections, broken sockets, 4xx/5xx, timeouts.</summary>
    public long Errors => ConnectErrors + ReadErrors + WriteErrors + StatusErrors + Timeouts;

    public static WrkResult Parse(string output)
    {
        var line = output.Split('\n').LastOrDefault(candidate => candidate.StartsWith(Marker, StringComparison.Ordinal))
            ?? throw new BenchmarkException($"wrk printed no summary:\n{output}");
        return JsonSerializer.Deserialize<WrkResult>(line[Marker.Length..], new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new BenchmarkException($"wrk's summary is empty: {line}");
    }
}

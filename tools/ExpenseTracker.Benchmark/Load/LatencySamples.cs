namespace ExpenseTracker.Benchmark.Load;

/// <summary>Latencies measured one by one (milliseconds), with nearest-rank percentiles.</summary>
internal sealed class LatencySamples
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(TimeSpan latency) => _milliseconds.Add(latency.TotalMilliseconds);

    public double Percentile(double percent)
    {
        if (_milliseconds.Count == 0)
        {
            throw new InvalidOperationException("No latency was measured.");
        }

        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}

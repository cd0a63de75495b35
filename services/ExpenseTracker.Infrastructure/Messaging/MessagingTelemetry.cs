using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ExpenseTracker.Infrastructure.Messaging;

/// <summary>
/// Traces and metrics of messaging. A message carries its trace context (W3C <c>traceparent</c>) from the write that
/// produced it, through the relay and the broker, to each consumer: API → broker → worker is one trace. Each
/// instrument's summary gives its Prometheus name, which the dashboards query.
/// </summary>
public static class MessagingTelemetry
{
    public const string SourceName = "ExpenseTracker.Messaging";
    public const string TraceParentHeader = "traceparent";
    public const string TraceStateHeader = "tracestate";

    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(SourceName);

    /// <summary>Seconds, from a few milliseconds (a relay keeping up) to minutes (a broker outage).</summary>
    private static readonly double[] LagBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

    private static OutboxBacklogSample? _backlog;

    /// <summary><c>expensetracker_outbox_published_total</c>: outbox messages the bus confirmed.</summary>
    public static readonly Counter<long> Published = Meter.CreateCounter<long>("expensetracker.outbox.published", description: "Outbox messages the bus confirmed");

    /// <summary><c>expensetracker_consumer_handled_total{consumer}</c>: messages a consumer handled.</summary>
    public static readonly Counter<long> Consumed = Meter.CreateCounter<long>("expensetracker.consumer.handled", description: "Messages a consumer handled");

    /// <summary><c>expensetracker_consumer_failures_total{consumer}</c>: attempts that failed (each retry counts).</summary>
    public static readonly Counter<long> ConsumerFailures = Meter.CreateCounter<long>("expensetracker.consumer.failures", description: "Attempts of a consumer that failed");

    /// <summary><c>expensetracker_consumer_dead_lettered_total{consumer}</c>: messages parked in the dead-letter queue.</summary>
    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>("expensetracker.consumer.dead_lettered", description: "Messages sent to the dead-letter queue");

    /// <summary><c>expensetracker_outbox_lag_seconds</c> (histogram): from a change's commit to the bus confirming its event.</summary>
    public static readonly Histogram<double> OutboxLag = Meter.CreateHistogram(
        "expensetracker.outbox.lag",
        unit: "s",
        description: "Time from a change's commit to the bus confirming its event",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LagBuckets });

    /// <summary>
    /// <c>expensetracker_outbox_pending</c>: messages committed and not yet confirmed by the bus, as last sampled by
    /// the process that relays the outbox (the worker, or the API when it runs alone).
    /// </summary>
    public static readonly ObservableGauge<long> OutboxPending = Meter.CreateObservableGauge(
        "expensetracker.outbox.pending",
        () => _backlog is { } sample ? [new Measurement<long>(sample.Pending)] : Array.Empty<Measurement<long>>(),
        unit: "{message}",
        description: "Outbox messages waiting for the bus");

    /// <summary><c>expensetracker_outbox_oldest_age_seconds</c>: how long the oldest pending message has waited (0 when none waits).</summary>
    public static readonly ObservableGauge<double> OutboxOldestAge = Meter.CreateObservableGauge(
        "expensetracker.outbox.oldest_age",
        () => _backlog is { } sample ? [new Measurement<double>(sample.OldestAgeSeconds(DateTimeOffset.UtcNow))] : Array.Empty<Measurement<double>>(),
        unit: "s",
        description: "Age of the oldest outbox message waiting for the bus");

    /// <summary>Records what <see cref="OutboxBacklogMonitor"/> last read; the two gauges report it until the next reading.</summary>
    public static void ReportBacklog(long pending, DateTimeOffset? oldestOccurredAt) =>
        _backlog = new OutboxBacklogSample(pending, oldestOccurredAt);

    /// <summary>The relay's span for one message, a child of the write that produced it.</summary>
    public static Activity? StartPublish(string type, string? traceParent) =>
        Source.StartActivity($"publish {type}", ActivityKind.Producer, ParentOf(traceParent));

    /// <summary>A consumer's span for one message, a child of the relay's publish span.</summary>
    public static Activity? StartConsume(string consumer, string type, string? traceParent, string? traceState = null)
    {
        var activity = Source.StartActivity($"{consumer} process {type}", ActivityKind.Consumer, ParentOf(traceParent, traceState));
        activity?.SetTag("messaging.consumer.group.name", consumer);
        activity?.SetTag("messaging.message.type", type);
        return activity;
    }

    private static ActivityContext ParentOf(string? traceParent, string? traceState = null) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;

    private sealed record OutboxBacklogSample(long Pending, DateTimeOffset? OldestOccurredAt)
    {
        public double OldestAgeSeconds(DateTimeOffset now) =>
            Pending > 0 && OldestOccurredAt is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0;
    }
}

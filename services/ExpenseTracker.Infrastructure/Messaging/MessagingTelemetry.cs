using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ExpenseTracker.Infrastructure.Messaging;

/// <summary>
/// Traces and metrics of messaging. A message carries its trace context (W3C <c>traceparent</c>) from the write that
/// produced it, through the relay and the broker, to each consumer: API → broker → worker is one trace.
/// </summary>
public static class MessagingTelemetry
{
    public const string SourceName = "ExpenseTracker.Messaging";
    public const string TraceParentHeader = "traceparent";
    public const string TraceStateHeader = "tracestate";

    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(SourceName);

    public static readonly Counter<long> Published = Meter.CreateCounter<long>("expensetracker.outbox.published", description: "Outbox messages the bus confirmed");

    public static readonly Counter<long> Consumed = Meter.CreateCounter<long>("expensetracker.consumer.handled", description: "Messages a consumer handled");

    public static readonly Counter<long> ConsumerFailures = Meter.CreateCounter<long>("expensetracker.consumer.failures", description: "Attempts of a consumer that failed");

    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>("expensetracker.consumer.dead_lettered", description: "Messages sent to the dead-letter queue");

    public static readonly Histogram<double> OutboxLag = Meter.CreateHistogram<double>(
        "expensetracker.outbox.lag", unit: "s", description: "Time from a change's commit to the bus confirming its event");

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
}

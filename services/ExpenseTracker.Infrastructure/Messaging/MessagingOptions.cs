namespace ExpenseTracker.Infrastructure.Messaging;

/// <summary>The <c>Messaging</c> section: how the outbox relay and the consumers pace themselves.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>The first part of every RabbitMQ exchange and queue name, so that environments can share a broker.</summary>
    public string TopologyPrefix { get; set; } = "expensetracker";

    /// <summary>How often the relay looks for new outbox messages when it found none.</summary>
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How many outbox messages a relay claims at a time.</summary>
    public int RelayBatchSize { get; set; } = 100;

    /// <summary>How long a relay's claim on a batch lasts; another relay takes the batch over after that.</summary>
    public TimeSpan RelayLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest the relay waits between two attempts while the bus is unreachable (it doubles up to this).</summary>
    public TimeSpan RelayMaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many messages a consumer may hold unacknowledged at once (RabbitMQ prefetch).</summary>
    public ushort PrefetchCount { get; set; } = 16;

    /// <summary>The waits before each retry of a failed message; after the last one it goes to the dead-letter queue.</summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    /// <summary>The retry waits used when none are configured: 1 s, 10 s, 1 min.</summary>
    public static IReadOnlyList<TimeSpan> DefaultRetryDelays { get; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1)];

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;

    /// <summary>How often the outbox backlog (pending count and oldest age) is read for the metrics.</summary>
    public TimeSpan BacklogSampleInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the recurring scheduler looks for due occurrences.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>User ids allowed to list and replay dead letters (besides tokens with the admin role).</summary>
    public List<string> AdminUsers { get; set; } = [];
}

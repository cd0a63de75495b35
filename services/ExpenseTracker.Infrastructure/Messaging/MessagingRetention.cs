namespace ExpenseTracker.Infrastructure.Messaging;

/// <summary>How long messaging keeps what it no longer needs, whatever the store.</summary>
public static class MessagingRetention
{
    /// <summary>Sent outbox messages stay this long for inspection.</summary>
    public static readonly TimeSpan SentMessages = TimeSpan.FromDays(7);

    /// <summary>Processed-message records outlive any redelivery of their message by far.</summary>
    public static readonly TimeSpan ProcessedMessages = TimeSpan.FromDays(30);
}
